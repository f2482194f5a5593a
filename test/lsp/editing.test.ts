import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CancellationTokenSource, LSPErrorCodes, ResponseError } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver-types';
import { startServer, type ServerSession } from '../support/lspClient';
import { useServer } from '../support/lspSuite';

// The editing features over stdio against the bundled server, as an editor would call them.
const MULTI_STAGE = 'ARG GO=1.23\nFROM golang:${GO} AS build\nRUN go build -o /app\nFROM alpine:3.20\nCOPY --from=build /app /app\n';
let server: ServerSession;

useServer((started) => {
  server = started;
});

function request<R>(method: string, params: object): Promise<R> {
  return server.connection.sendRequest<R>(method, params);
}

test('definition, references, highlights and rename of a stage over stdio', async () => {
  const uri = 'file:///editing/navigation/Dockerfile';
  await server.openLinted(uri, MULTI_STAGE);
  const textDocument = { uri };
  const onReference = { textDocument, position: { line: 4, character: 14 } };
  const definitions = await request<{ uri: string; range: { start: { line: number } } }[]>('textDocument/definition', onReference);
  assert.deepEqual(definitions.map((d) => [d.uri, d.range.start.line]), [[uri, 1]]);
  const found = await request<unknown[]>('textDocument/references', { ...onReference, context: { includeDeclaration: true } });
  assert.equal(found.length, 2);
  const highlights = await request<unknown[]>('textDocument/documentHighlight', onReference);
  assert.equal(highlights.length, 2);
  const prepared = await request<{ placeholder: string }>('textDocument/prepareRename', onReference);
  assert.equal(prepared.placeholder, 'build');
  const edit = await request<{ changes: Record<string, { newText: string }[]> }>('textDocument/rename', { ...onReference, newName: 'compile' });
  assert.deepEqual(edit.changes[uri].map((e) => e.newText), ['compile', 'compile']);
  server.close(uri);
});

test('a refused rename is an error response carrying the reason, which the editor shows', async () => {
  const uri = 'file:///editing/refusal/Dockerfile';
  await server.openLinted(uri, MULTI_STAGE);
  const onReference = { textDocument: { uri }, position: { line: 4, character: 14 } };
  await assert.rejects(request('textDocument/rename', { ...onReference, newName: 'scratch' }), (error: unknown) => {
    assert.ok(error instanceof ResponseError);
    assert.match(error.message, /"scratch" is reserved/);
    return true;
  });
  assert.equal(await request('textDocument/prepareRename', { textDocument: { uri }, position: { line: 1, character: 1 } }), null, 'nothing to rename on a keyword');
  server.close(uri);
});

test('completion and hover after FROM show the images the client reports, and never wait long for them', async () => {
  const imageServer = await startServer({ initializationOptions: { localImages: true } });
  try {
    const image = { id: 'sha256:0123456789abcdef', tags: ['alpine:3.20'], digests: [], size: 7_800_000, created: 1_717_000_000 };
    let answer: (images: unknown[]) => void = () => undefined;
    let asked = 0;
    imageServer.connection.onRequest('berth/localImages', () => {
      asked++;
      return new Promise((resolve) => (answer = resolve));
    });
    const uri = 'file:///editing/images/Dockerfile';
    await imageServer.openLinted(uri, 'FROM alp\nFROM alpine:3.20\n');
    const completionAt = { textDocument: { uri }, position: { line: 0, character: 8 } };
    // The client sits on the request: completion answers anyway, without images, after a short wait.
    const started = Date.now();
    const first = await imageServer.connection.sendRequest<{ label: string }[]>('textDocument/completion', completionAt);
    assert.deepEqual(first, []);
    assert.ok(Date.now() - started < 2_000, `answered in ${Date.now() - started} ms`);
    // The late answer is kept for the next request.
    answer([image]);
    const second = await imageServer.connection.sendRequest<{ label: string }[]>('textDocument/completion', completionAt);
    assert.deepEqual(second.map((i) => i.label), ['alpine:3.20']);
    const hover = await imageServer.connection.sendRequest<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 7 } });
    assert.match(hover.contents.value, /Local image\*\* 7\.8 MB/);
    assert.equal(asked, 1, 'one request while the list is fresh');
  } finally {
    await imageServer.stop();
  }
});

test('a client that does not list images is never asked', async () => {
  let asked = false;
  server.connection.onRequest('berth/localImages', () => {
    asked = true;
    return [];
  });
  const uri = 'file:///editing/no-images/Dockerfile';
  await server.openLinted(uri, 'FROM \n');
  const items = await request<{ label: string }[]>('textDocument/completion', { textDocument: { uri }, position: { line: 0, character: 5 } });
  assert.deepEqual(items, []);
  assert.equal(asked, false);
  server.close(uri);
});

test('signature help and document links over stdio', async () => {
  const uri = 'file:///editing/signature/Dockerfile';
  await server.openLinted(uri, 'FROM golang:1.23 AS build\nCOPY go.mod \n');
  const help = await request<{ signatures: { label: string }[]; activeParameter: number }>('textDocument/signatureHelp', { textDocument: { uri }, position: { line: 1, character: 12 } });
  assert.match(help.signatures[0].label, /^COPY /);
  assert.equal(help.activeParameter, 1, 'the destination');
  const links = await request<{ target: string }[]>('textDocument/documentLink', { textDocument: { uri } });
  assert.deepEqual(links.map((l) => l.target), ['https://hub.docker.com/_/golang']);
  server.close(uri);
});

test('document and range formatting over stdio follow the editor\'s options', async () => {
  const uri = 'file:///editing/formatting/Dockerfile';
  const text = 'from alpine\nrun apk add \\\n curl  \n';
  await server.openLinted(uri, text);
  const edits = await request<TextEdit[]>('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } });
  const formatted = TextDocument.applyEdits(TextDocument.create(uri, 'dockerfile', 1, text), edits);
  assert.equal(formatted, 'FROM alpine\nRUN apk add \\\n  curl\n');
  const ranged = await request<unknown[]>('textDocument/rangeFormatting', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 4 } }, options: { tabSize: 2, insertSpaces: true } });
  assert.equal(ranged.length, 1, 'only the first line');
  server.close(uri);
});

test('semantic tokens over stdio', async () => {
  const uri = 'file:///editing/tokens/Dockerfile';
  await server.openLinted(uri, MULTI_STAGE);
  const tokens = await request<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri } });
  assert.equal(tokens.data.length % 5, 0);
  // The last token is the stage reference in `COPY --from=build`, on the last line.
  assert.deepEqual(tokens.data.slice(-5).slice(1, 4), [7, 5, 3], 'build, a class, 7 characters after where --from starts');
  server.close(uri);
});

/** A long Dockerfile of many stages, each a chain of ENVs that read the one before: slow to index. */
function longMultiStage(): string {
  const stage = (i: number) => [`FROM alpine:3.20 AS s${i}`, ...Array.from({ length: 80 }, (_, j) => `ENV V${j + 1}=$V${j}x`), 'RUN echo $V80'];
  return Array.from({ length: 60 }, (_, i) => stage(i)).flat().join('\n');
}

test('a request cancelled while the index of a long file is built answers RequestCancelled; the next answers in full', async () => {
  for (const [method, position] of [
    ['textDocument/semanticTokens/full', undefined],
    ['textDocument/references', { line: 81, character: 12 }],
  ] as const) {
    const uri = `file:///editing/cancelled/${method.split('/')[1]}/Dockerfile`;
    await server.openLinted(uri, longMultiStage());
    const params = { textDocument: { uri }, position, context: { includeDeclaration: true } };
    const source = new CancellationTokenSource();
    const cancelled = server.connection.sendRequest(method, params, source.token);
    source.cancel();
    await assert.rejects(cancelled, (error: unknown) => error instanceof ResponseError && error.code === LSPErrorCodes.RequestCancelled, method);
    const answer = await request<{ data: number[] } | unknown[]>(method, params);
    assert.ok(Array.isArray(answer) ? answer.length === 2 : answer.data.length > 0, `${method} answers in full once not cancelled`);
    server.close(uri);
  }
});

const BROKEN_TEXTS = [
  '',
  '\u0000\u0001\u0002\uFFFD',
  'RUN <<EOF\nunterminated $X ${',
  'FROM x \\',
  '\uFEFF# escape=`\r\nFROM a AS b\r\nRUN c `\r\n  $D\r\n',
  'FROM a AS b\nCOPY --from=b\nRUN --mount=from=,type= ${\nCOPY --from= <<EOF /x\n$Y\n',
  'ARG\nENV\nFROM\nARG A=${A:-${B:+}}\nONBUILD\nHEALTHCHECK\nFROM --platform=$ AS\n',
  'from a as B\nfrom b\nonbuild run echo $X\nCMD ["a", "$B\nENTRYPOINT [\n',
  `FROM alpine\nRUN ${'x '.repeat(5000)}\\\n  ${'$V'.repeat(500)}`,
];

/** Every position worth trying in a text: each line and one past the end, at several columns. */
function positions(text: string): { line: number; character: number }[] {
  const found: { line: number; character: number }[] = [];
  const lineCount = text.split('\n').length;
  for (let line = 0; line <= lineCount + 1; line++) for (const character of [0, 1, 3, 7, 12, 1000]) found.push({ line, character });
  return found;
}

test('every editing request at any position of broken text answers with a result or null; only rename refuses, on purpose', async () => {
  const failures: string[] = [];
  server.connection.onNotification('window/logMessage', (params: { type: number; message: string }) => {
    if (params.type === 1) failures.push(params.message);
  });
  let n = 0;
  for (const text of BROKEN_TEXTS) {
    const uri = `file:///editing/broken/${n++}/Dockerfile`;
    await server.openLinted(uri, text);
    const textDocument = { uri };
    for (const position of positions(text)) {
      const at = { textDocument, position };
      await request('textDocument/hover', at);
      await request('textDocument/completion', at);
      await request('textDocument/definition', at);
      await request('textDocument/references', { ...at, context: { includeDeclaration: true } });
      await request('textDocument/documentHighlight', at);
      await request('textDocument/signatureHelp', at);
      await request('textDocument/selectionRange', { textDocument, positions: [position] });
      for (const rename of [request('textDocument/prepareRename', at), request('textDocument/rename', { ...at, newName: 'renamed' })]) {
        await rename.catch((error: unknown) => {
          assert.ok(error instanceof ResponseError && error.code === -32803, `rename failed other than by refusing: ${String(error)}`);
        });
      }
      const range = { start: position, end: { line: position.line + 2, character: 0 } };
      await request('textDocument/rangeFormatting', { textDocument, range, options: { tabSize: 4, insertSpaces: true } });
    }
    await request('textDocument/documentLink', { textDocument });
    await request('textDocument/formatting', { textDocument, options: { tabSize: 3, insertSpaces: false } });
    await request('textDocument/semanticTokens/full', { textDocument });
    server.close(uri);
  }
  assert.deepEqual(failures, [], 'no feature failed (failures answer null, but are logged)');
});

test('editing requests during a rapid series of edits answer for the text of their version', async () => {
  const uri = 'file:///editing/rapid/Dockerfile';
  await server.openLinted(uri, 'FROM alpine:3.20 AS base\n');
  const answers: Promise<{ uri: string; range: { start: { line: number } } }[] | null>[] = [];
  for (let v = 2; v < 30; v++) {
    // Each version declares the stage on a different line; go to definition must find that line.
    server.change(uri, v, `${'# pad\n'.repeat(v)}FROM alpine:3.20 AS base\nFROM base\n`);
    answers.push(request('textDocument/definition', { textDocument: { uri }, position: { line: v + 1, character: 6 } }));
  }
  const results = await Promise.all(answers);
  results.forEach((result, i) => assert.equal(result?.[0]?.range.start.line, i + 2, `version ${i + 2}`));
  server.close(uri);
});
