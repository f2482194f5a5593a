import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ResponseError } from 'vscode-languageserver-protocol';
import { ComposeContext } from '../context';
import { testEnvironment } from '../ruleTesting';
import { definition, documentHighlights, prepareRename, references, rename } from './navigation';

const TEXT = 'x-deps: &deps\n  depends_on: [db]\nservices:\n  web:\n    <<: *deps\n    image: nginx\n    links: ["db:database"]\n  db:\n    image: postgres\n    volumes: [data:/var/lib/data]\n  worker:\n    <<: *deps\n    image: w\nvolumes:\n  data:\n';
const file = new ComposeContext(TEXT);
const at = (needle: string, offset = 0) => file.positionAt(TEXT.indexOf(needle) + offset);
const lines = (ranges: { range: { start: { line: number; character: number } } }[] | null) => ranges?.map((r) => `${r.range.start.line + 1}:${r.range.start.character}`);

test('definition of a service or volume from any reference goes to its key', () => {
  assert.deepEqual(lines(definition(file, at('db:database', 1))), ['8:2']);
  assert.deepEqual(lines(definition(file, at('data:/var'))), ['15:2']);
  assert.equal(definition(file, at('image: nginx')), null);
});

test('references and highlights list every place a name is written, once for a merged anchor', () => {
  assert.deepEqual(lines(references(file, at('  db:\n', 2), true)), ['2:15', '7:13', '8:2']);
  assert.deepEqual(lines(references(file, at('  db:\n', 2), false)), ['2:15', '7:13']);
  const highlights = documentHighlights(file, at('[db]', 1))!;
  assert.deepEqual(highlights.map((h) => h.kind), [2, 2, 3]);
});

test('rename changes the definition and every reference, and refuses bad or taken names', () => {
  assert.deepEqual(prepareRename(file, at('db:database', 0)), { range: file.range(TEXT.indexOf('db:database'), TEXT.indexOf('db:database') + 2), placeholder: 'db' });
  const edit = rename(file, at('db:database'), 'postgres')!;
  const edits = edit.changes![file.uri];
  assert.equal(edits.length, 3);
  assert.ok(edits.every((e) => e.newText === 'postgres'));
  assert.throws(() => rename(file, at('db:database'), 'my db'), ResponseError);
  assert.throws(() => rename(file, at('db:database'), 'worker'), /already exists/);
  assert.equal(prepareRename(file, at('image: nginx')), null);
});

test('definition on a path opens the file it names when it is on disk', () => {
  const text = 'services:\n  web:\n    build: ./web\n    env_file: web.env\n';
  const parsed = new ComposeContext(text);
  const onDisk = parsed.withEnvironment(testEnvironment(parsed, { files: { 'web/Dockerfile': 'FROM x', 'web.env': '' } })!);
  assert.deepEqual(definition(onDisk, onDisk.positionAt(text.indexOf('./web')))?.map((l) => l.uri), ['file:///project/web/Dockerfile']);
  assert.deepEqual(definition(onDisk, onDisk.positionAt(text.indexOf('web.env')))?.map((l) => l.uri), ['file:///project/web.env']);
  assert.equal(definition(parsed, parsed.positionAt(text.indexOf('web.env'))), null);
});
