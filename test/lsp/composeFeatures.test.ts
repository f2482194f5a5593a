import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, CompletionItem, Diagnostic, DocumentLink, Hover, Location, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { startServer, type ServerSession } from '../support/lspClient';
import { useServer } from '../support/lspSuite';

let server: ServerSession;
let project: string;
let uri: string;
let diagnostics: Diagnostic[];

const TEXT = [
  'services:',
  '  web:',
  '    build:',
  '      context: ./web',
  '      target: runtime',
  '    image: nginx:${TAG}',
  '    depends_on: [databse]',
  '    env_file: web.env',
  '    healthcheck:',
  '      interval: 30s',
  '  database:',
  '    image: postgres:17',
  '    volumes: [data:/var/lib/postgresql/data]',
  'volumes:',
  '  data:',
  '',
].join('\n');

useServer(async (started) => {
  server = started;
  project = mkdtempSync(join(tmpdir(), 'berth-compose-features-'));
  mkdirSync(join(project, 'web'));
  writeFileSync(join(project, 'web/Dockerfile'), 'FROM node:22 AS build\nFROM nginx:1.27 AS runtime\n');
  writeFileSync(join(project, '.env'), 'TAG=1.27\n');
  writeFileSync(join(project, 'web.env'), 'MODE=production\n');
  uri = pathToFileURL(join(project, 'compose.yaml')).toString();
  diagnostics = await server.openLinted(uri, TEXT, 'dockercompose');
});
after(() => {
  rmSync(project, { recursive: true, force: true });
});

const position = (needle: string, offset = 0) => {
  const index = TEXT.indexOf(needle) + offset;
  const lines = TEXT.slice(0, index).split('\n');
  return { line: lines.length - 1, character: lines[lines.length - 1].length };
};
const request = <R>(method: string, params: object) => server.connection.sendRequest<R>(method, { textDocument: { uri }, ...params });

test('hover over stdio: a key, a variable with its source', async () => {
  const key = await request<Hover>('textDocument/hover', { position: position('healthcheck') });
  assert.match((key.contents as { value: string }).value, /^\*\*healthcheck\*\*/);
  const variable = await request<Hover>('textDocument/hover', { position: position('${TAG}', 3) });
  assert.match((variable.contents as { value: string }).value, /`1\.27` from `\.env` line 1/);
});

test('completion over stdio: stages for build.target, keys in a block', async () => {
  const stages = await request<CompletionItem[]>('textDocument/completion', { position: position('runtime') });
  assert.deepEqual(stages.map((i) => i.label), ['build', 'runtime']);
  const keys = await request<CompletionItem[]>('textDocument/completion', { position: position('      interval', 6) });
  assert.ok(keys.some((i) => i.label === 'timeout') && !keys.some((i) => i.label === 'image'), 'healthcheck keys, not service keys');
});

test('the misspelt service gets a quick fix that names the defined one', async () => {
  const diagnostic = diagnostics.find((d) => d.code === 'UndefinedService');
  assert.ok(diagnostic, JSON.stringify(diagnostics.map((d) => d.code)));
  const actions = await request<CodeAction[]>('textDocument/codeAction', { range: diagnostic.range, context: { diagnostics: [diagnostic] } });
  assert.equal(actions[0].title, 'Change to `database`');
  assert.equal(actions[0].edit?.changes?.[uri][0].newText, 'database');
});

test('navigation over stdio: definition, references, rename, links', async () => {
  const definition = await request<Location[]>('textDocument/definition', { position: position('data:/var') });
  assert.deepEqual(definition.map((l) => l.range.start), [{ line: 14, character: 2 }]);
  const references = await request<Location[]>('textDocument/references', { position: position('  data:\n', 3), context: { includeDeclaration: true } });
  assert.equal(references.length, 2);
  const edit = await request<WorkspaceEdit>('textDocument/rename', { position: position('  database:', 3), newName: 'db' });
  assert.equal(edit.changes?.[uri].length, 1, 'the misspelt reference is another name');
  const links = await request<DocumentLink[]>('textDocument/documentLink', {});
  assert.deepEqual(links.map((l) => l.target?.replace(pathToFileURL(project).toString(), '')), ['/web/Dockerfile', '/web.env']);
});

test('a Dockerfile still gets the Dockerfile features beside Compose files', async () => {
  const dockerfile = pathToFileURL(join(project, 'web/Dockerfile')).toString();
  await server.openLinted(dockerfile, 'FROM node:22 AS build\nFROM nginx:1.27 AS runtime\nCOPY --from=build /a /b\n');
  const definition = await server.connection.sendRequest<Location[]>('textDocument/definition', { textDocument: { uri: dockerfile }, position: { line: 2, character: 14 } });
  assert.equal(definition[0].range.start.line, 0);
  server.close(dockerfile);
});

test('a service image: completes with the images the client reports and hovers with their size; other completions do not ask', async () => {
  const imageServer = await startServer({ initializationOptions: { localImages: true } });
  try {
    let asked = 0;
    let answered: () => void = () => undefined;
    const firstAsk = new Promise<void>((resolve) => (answered = resolve));
    imageServer.connection.onRequest('berth/localImages', () => {
      asked++;
      answered();
      return [{ id: 'sha256:0123456789abcdef', tags: ['nginx:1.27'], digests: [], size: 192_000_000, created: 1_717_000_000 }];
    });
    const imagesUri = pathToFileURL(join(project, 'compose.images.yaml')).toString();
    await imageServer.openLinted(imagesUri, 'services:\n  web:\n    image: nginx:${TAG}\n    restart: always\n  cache:\n    image: \n', 'dockercompose');
    const at = (line: number, character: number) => ({ textDocument: { uri: imagesUri }, position: { line, character } });
    const restart = await imageServer.connection.sendRequest<CompletionItem[]>('textDocument/completion', at(3, 13));
    assert.ok(restart.some((i) => i.label === 'always'));
    assert.equal(asked, 0, 'completion of another value does not ask for images');
    // The first ask may answer after the server's short wait; once answered, the list is cached.
    await Promise.all([imageServer.connection.sendRequest('textDocument/completion', at(5, 11)), firstAsk]);
    const items = await imageServer.connection.sendRequest<CompletionItem[]>('textDocument/completion', at(5, 11));
    assert.deepEqual(items.map((i) => [i.label, i.detail]), [['nginx:1.27', '192.0 MB, created 2024-05-29']]);
    const hover = await imageServer.connection.sendRequest<Hover>('textDocument/hover', at(2, 13));
    const text = (hover.contents as { value: string }).value;
    assert.match(text, /^\*\*Local image\*\* 192\.0 MB/, 'nginx:${TAG} with TAG from .env is the local nginx:1.27');
    assert.match(text, /\*\*image\*\*: The image to start containers from/);
    assert.equal(asked, 1);
  } finally {
    await imageServer.stop();
  }
});
