import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Location, Position, WorkspaceEdit } from 'vscode-languageserver-protocol';
import type { ServerSession } from '../support/lspClient';
import { useServer } from '../support/lspSuite';

// Navigation across Compose files over stdio, on test/fixtures/compose-multi: compose.yaml extends
// a service of common.yaml and includes db/compose.yaml. Only compose.yaml is open at first: the
// server reads the other two from disk.

const FIXTURE = resolve(__dirname, '../fixtures/compose-multi');
const FILES = ['compose.yaml', 'common.yaml', 'db/compose.yaml'] as const;
type FixtureFile = (typeof FILES)[number];
const uri = (name: string) => pathToFileURL(join(FIXTURE, name)).toString();
const text = (name: FixtureFile) => readFileSync(join(FIXTURE, name), 'utf8');

/** Where `needle` (plus `offset` characters) is in a fixture file. */
function position(name: FixtureFile, needle: string, offset = 0): Position {
  const content = text(name);
  const index = content.indexOf(needle);
  assert.ok(index >= 0, `${needle} in ${name}`);
  const before = content.slice(0, index + offset).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

/** The range of `needle`'s first `length` characters (default all of it). */
function range(name: FixtureFile, needle: string, offset = 0, length = needle.length - offset) {
  const start = position(name, needle, offset);
  return { start, end: { line: start.line, character: start.character + length } };
}

let server: ServerSession;
useServer(async (started) => {
  server = started;
  await server.openLinted(uri('compose.yaml'), text('compose.yaml'), 'dockercompose');
});

const request = <R>(method: string, name: string, at: Position, extra: object = {}) =>
  server.connection.sendRequest<R>(method, { textDocument: { uri: uri(name) }, position: at, ...extra });

test('definition goes from extends.service to common.yaml and from depends_on to the included file', async () => {
  const base = await request<Location[]>('textDocument/definition', 'compose.yaml', position('compose.yaml', 'service: base', 10));
  assert.deepEqual(base, [{ uri: uri('common.yaml'), range: range('common.yaml', 'base:', 0, 4) }]);
  const db = await request<Location[]>('textDocument/definition', 'compose.yaml', position('compose.yaml', '[db]', 1));
  assert.deepEqual(db, [{ uri: uri('db/compose.yaml'), range: range('db/compose.yaml', 'db:', 0, 2) }]);
});

test('references of a volume include its use in the service web extends', async () => {
  const references = await request<Location[]>('textDocument/references', 'compose.yaml', position('compose.yaml', '  cache:', 2), { context: { includeDeclaration: true } });
  assert.deepEqual(references, [
    { uri: uri('compose.yaml'), range: range('compose.yaml', 'cache:/var', 0, 5) },
    { uri: uri('compose.yaml'), range: range('compose.yaml', '  cache:\n', 2, 5) },
    { uri: uri('common.yaml'), range: range('common.yaml', 'cache:/var', 0, 5) },
  ]);
});

test('rename of the extended service edits compose.yaml and common.yaml in one edit', async () => {
  const edit = await request<WorkspaceEdit>('textDocument/rename', 'compose.yaml', position('compose.yaml', 'service: base', 10), { newName: 'frontend' });
  assert.deepEqual(edit.changes, {
    [uri('compose.yaml')]: [{ range: range('compose.yaml', 'service: base', 9), newText: 'frontend' }],
    [uri('common.yaml')]: [{ range: range('common.yaml', 'base:', 0, 4), newText: 'frontend' }],
  });
});

test('from the opened common.yaml, references of base find the extends in the open compose.yaml', async () => {
  await server.openLinted(uri('common.yaml'), text('common.yaml'), 'dockercompose');
  try {
    const references = await request<Location[]>('textDocument/references', 'common.yaml', position('common.yaml', 'base:'), { context: { includeDeclaration: false } });
    assert.deepEqual(references, [{ uri: uri('compose.yaml'), range: range('compose.yaml', 'service: base', 9) }]);
  } finally {
    server.close(uri('common.yaml'));
  }
});

test('rename refuses a service whose extends file is missing, with a message', async () => {
  const broken = 'compose.broken.yaml';
  const content = 'services:\n  web:\n    extends: { file: missing.yaml, service: base }\n';
  await server.openLinted(uri(broken), content, 'dockercompose');
  try {
    await assert.rejects(request('textDocument/rename', broken, { line: 2, character: 44 }, { newName: 'x' }), /Cannot rename `base`: it is defined in `missing.yaml`, which cannot be read/);
    assert.equal(await request('textDocument/definition', broken, { line: 2, character: 44 }), null);
  } finally {
    server.close(uri(broken));
  }
});
