import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ServerSession } from '../support/lspClient';
import { useServer } from '../support/lspSuite';

const MULTI_STAGE = 'FROM golang:1.23 AS build\nRUN go build -o /app \\\n    ./cmd/app\nFROM alpine:3.20\nCOPY --from=build /app /app\n';
let server: ServerSession;

useServer((started) => {
  server = started;
});

test('hover, outline and folding answer over stdio', async () => {
  const uri = 'file:///features/Dockerfile';
  await server.openLinted(uri, MULTI_STAGE);
  const hover = await server.connection.sendRequest<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri }, position: { line: 3, character: 2 } });
  assert.match(hover?.contents.value ?? '', /\*\*FROM\*\*/);
  const symbols = await server.connection.sendRequest<{ name: string }[]>('textDocument/documentSymbol', { textDocument: { uri } });
  assert.deepEqual(symbols.map((s) => s.name), ['build', 'stage 1']);
  const folds = await server.connection.sendRequest<{ startLine: number; endLine: number }[]>('textDocument/foldingRange', { textDocument: { uri } });
  assert.ok(folds.some((f) => f.startLine === 1 && f.endLine === 2), 'the continued RUN folds');
  server.close(uri);
});

test('requests anywhere in any text answer with a result or null, never an error', async () => {
  const texts = ['', '\u0000\u0001\u0002\uFFFD', 'RUN <<EOF\nunterminated', 'FROM x \\', '\uFEFF# escape=`\r\nFROM a\r\nRUN b `\r\n  c\r\n'];
  let n = 0;
  for (const text of texts) {
    const uri = `file:///bad-input/${n++}/Dockerfile`;
    await server.openLinted(uri, text);
    const lineCount = text.split('\n').length;
    for (let line = 0; line <= lineCount + 1; line++) {
      for (const character of [0, 1, 5, 1000]) {
        const position = { line, character };
        await server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position });
      }
    }
    await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
    await server.connection.sendRequest('textDocument/foldingRange', { textDocument: { uri } });
    server.close(uri);
  }
  // Requests for documents the server never saw get null too.
  assert.equal(await server.connection.sendRequest('textDocument/hover', { textDocument: { uri: 'file:///never/opened' }, position: { line: 0, character: 0 } }), null);
});

test('requests during a rapid series of edits answer for the current text', async () => {
  const uri = 'file:///rapid/Dockerfile';
  await server.openLinted(uri, 'FROM alpine:3.20\n');
  const answers: Promise<unknown>[] = [];
  for (let v = 2; v < 30; v++) {
    server.change(uri, v, `FROM alpine:3.${v}\n${'RUN echo hi\n'.repeat(v)}`);
    answers.push(server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: v - 1, character: 1 } }));
  }
  const results = (await Promise.all(answers)) as ({ contents: { value: string } } | null)[];
  assert.ok(results.every((r) => r !== null && /\*\*RUN\*\*/.test(r.contents.value)), 'each hover saw the text of its own version');
  server.close(uri);
});

test('completion answers over stdio: instructions, and stage names after --from=', async () => {
  const uri = 'file:///completion/Dockerfile';
  await server.openLinted(uri, `${MULTI_STAGE}COPY --from=\n`);
  const keywords = await server.connection.sendRequest<{ label: string }[]>('textDocument/completion', { textDocument: { uri }, position: { line: 6, character: 0 } });
  assert.ok(keywords.some((i) => i.label === 'WORKDIR'));
  const stages = await server.connection.sendRequest<{ label: string }[]>('textDocument/completion', { textDocument: { uri }, position: { line: 5, character: 12 } });
  assert.deepEqual(stages.map((i) => i.label), ['build']);
  server.close(uri);
});
