import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { ResponseError } from 'vscode-languageserver-protocol';
import { startServer, type ServerSession } from '../support/lspClient';

// The editing features over stdio against the bundled server, as an editor would call them.
const MULTI_STAGE = 'ARG GO=1.23\nFROM golang:${GO} AS build\nRUN go build -o /app\nFROM alpine:3.20\nCOPY --from=build /app /app\n';
let server: ServerSession;

before(async () => {
  server = await startServer();
});
after(async () => {
  await server.stop();
});

async function opened(uri: string, text: string): Promise<void> {
  const published = server.nextDiagnostics(uri);
  server.open(uri, text);
  await published;
}

function request<R>(method: string, params: object): Promise<R> {
  return server.connection.sendRequest<R>(method, params);
}

test('definition, references, highlights and rename of a stage over stdio', async () => {
  const uri = 'file:///editing/navigation/Dockerfile';
  await opened(uri, MULTI_STAGE);
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
  await opened(uri, MULTI_STAGE);
  const onReference = { textDocument: { uri }, position: { line: 4, character: 14 } };
  await assert.rejects(request('textDocument/rename', { ...onReference, newName: 'scratch' }), (error: unknown) => {
    assert.ok(error instanceof ResponseError);
    assert.match(error.message, /"scratch" is reserved/);
    return true;
  });
  assert.equal(await request('textDocument/prepareRename', { textDocument: { uri }, position: { line: 1, character: 1 } }), null, 'nothing to rename on a keyword');
  server.close(uri);
});
