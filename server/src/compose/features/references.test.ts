import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ComposeContext } from '../context';
import { ComposeProject } from '../project';
import { testProject } from '../projectTesting';
import { documentHighlights, references } from './references';

const TEXT = 'x-deps: &deps\n  depends_on: [db]\nservices:\n  web:\n    <<: *deps\n    image: nginx\n    links: ["db:database"]\n  db:\n    image: postgres\n  worker:\n    <<: *deps\n    extends: { file: common.yaml, service: db }\n';
const file = new ComposeContext(TEXT, 'file:///p/compose.yaml');
const at = (needle: string, offset = 0) => file.positionAt(TEXT.indexOf(needle) + offset);
const lines = (ranges: { uri?: string; range: { start: { line: number; character: number } } }[] | null) =>
  ranges?.map((r) => `${r.uri ? `${r.uri.replace('file://', '')}:` : ''}${r.range.start.line + 1}:${r.range.start.character}`);

test('references and highlights list every place a name stands for the same service, once for a merged anchor', () => {
  const project = ComposeProject.of(file);
  assert.deepEqual(lines(references(project, file, at('  db:\n', 2), true)), ['/p/compose.yaml:2:15', '/p/compose.yaml:7:13', '/p/compose.yaml:8:2']);
  assert.deepEqual(lines(references(project, file, at('  db:\n', 2), false)), ['/p/compose.yaml:2:15', '/p/compose.yaml:7:13']);
  const highlights = documentHighlights(file, at('[db]', 1))!;
  assert.deepEqual(highlights.map((h) => h.kind), [2, 2, 3]);
  assert.deepEqual(lines(documentHighlights(file, at('service: db', 9))), ['12:43'], 'the extended `db` is common.yaml’s, not this file’s');
  assert.equal(references(project, file, at('image: nginx'), true), null);
});

const FILES: Record<string, string> = {
  '/p/compose.yaml': 'include:\n  - ./db/compose.yaml\nservices:\n  web:\n    extends:\n      file: common.yaml\n      service: base\n    depends_on: [db]\n  api:\n    extends: { file: common.yaml, service: base }\n    volumes_from: [db]\n',
  '/p/common.yaml': 'services:\n  base:\n    image: nginx\n  other:\n    extends: base\n',
  '/p/db/compose.yaml': 'services:\n  db:\n    image: postgres\n',
};

test('references of an extended service include the extends of other files; of an included service, the includer’s uses', async () => {
  const { project, open, at: position } = await testProject(FILES, ['/p/compose.yaml', '/p/common.yaml']);
  const common = open('/p/common.yaml');
  assert.deepEqual(lines(references(project, common, position('/p/common.yaml', 'base'), true)), ['/p/common.yaml:2:2', '/p/common.yaml:5:13', '/p/compose.yaml:7:15', '/p/compose.yaml:10:43']);
  const { project: fromIncluder, open: opened, at: where } = await testProject(FILES, ['/p/compose.yaml']);
  assert.deepEqual(lines(references(fromIncluder, opened('/p/compose.yaml'), where('/p/compose.yaml', '[db]', 1), false)), ['/p/compose.yaml:8:17', '/p/compose.yaml:11:19']);
  assert.deepEqual(lines(references(fromIncluder, opened('/p/compose.yaml'), where('/p/compose.yaml', '[db]', 1), true)), ['/p/compose.yaml:8:17', '/p/compose.yaml:11:19', '/p/db/compose.yaml:2:2']);
});

test('a file nothing open links to is not searched', async () => {
  const { project, open, at: position } = await testProject(FILES, ['/p/common.yaml']);
  assert.deepEqual(lines(references(project, open('/p/common.yaml'), position('/p/common.yaml', 'base'), true)), ['/p/common.yaml:2:2', '/p/common.yaml:5:13']);
});
