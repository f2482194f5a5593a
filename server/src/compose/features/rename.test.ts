import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ResponseError } from 'vscode-languageserver-protocol';
import type { WorkspaceEdit } from 'vscode-languageserver-types';
import { ComposeContext } from '../context';
import { ComposeProject } from '../project';
import { testProject } from '../projectTesting';
import { prepareRename, rename } from './rename';

/** Each file's edits as `line:character` of their starts, by path. */
const edited = (edit: WorkspaceEdit | null) =>
  Object.fromEntries(Object.entries(edit?.changes ?? {}).map(([uri, edits]) => [uri.replace('file://', ''), edits.map((e) => `${e.range.start.line + 1}:${e.range.start.character}=${e.newText}`)]));

test('rename in one file changes the definition and every reference, and refuses bad or taken names', () => {
  const text = 'x-deps: &deps\n  depends_on: [db]\nservices:\n  web:\n    <<: *deps\n    links: ["db:database"]\n  db:\n    image: postgres\n  worker:\n    <<: *deps\n';
  const file = new ComposeContext(text, 'file:///p/compose.yaml');
  const project = ComposeProject.of(file);
  const at = (needle: string) => file.positionAt(text.indexOf(needle));
  assert.deepEqual(prepareRename(file, at('db:database')), { range: file.range(text.indexOf('db:database'), text.indexOf('db:database') + 2), placeholder: 'db' });
  assert.deepEqual(edited(rename(project, file, at('db:database'), 'postgres')), { '/p/compose.yaml': ['2:15=postgres', '6:13=postgres', '7:2=postgres'] });
  assert.throws(() => rename(project, file, at('db:database'), 'my db'), ResponseError);
  assert.throws(() => rename(project, file, at('db:database'), 'worker'), /A service named `worker` already exists$/);
  assert.equal(prepareRename(file, at('image: postgres')), null);
});

const FILES: Record<string, string> = {
  '/p/compose.yaml': 'include:\n  - ./db/compose.yaml\nservices:\n  web:\n    extends:\n      file: common.yaml\n      service: base\n    depends_on: [db]\n    volumes: [cache:/c]\nvolumes:\n  cache:\n',
  '/p/common.yaml': 'services:\n  base:\n    image: nginx\n    volumes: [cache:/srv]\n  proxy:\n    image: haproxy\n',
  '/p/db/compose.yaml': 'services:\n  db:\n    image: postgres\n  cache:\n    image: redis\n',
};

test('rename across extends.file updates both files', async () => {
  const { project, open, at } = await testProject(FILES, ['/p/compose.yaml']);
  const expected = { '/p/compose.yaml': ['7:15=shared'], '/p/common.yaml': ['2:2=shared'] };
  assert.deepEqual(edited(rename(project, open('/p/compose.yaml'), at('/p/compose.yaml', 'base'), 'shared')), expected);
  const fromBase = await testProject(FILES, ['/p/compose.yaml', '/p/common.yaml']);
  assert.deepEqual(edited(rename(fromBase.project, fromBase.open('/p/common.yaml'), fromBase.at('/p/common.yaml', 'base'), 'shared')), expected);
  assert.throws(() => rename(fromBase.project, fromBase.open('/p/common.yaml'), fromBase.at('/p/common.yaml', 'base'), 'proxy'), /A service named `proxy` already exists$/);
});

test('rename of an included service updates the included file and the includer; a name taken in an included file is refused', async () => {
  const { project, open, at } = await testProject(FILES, ['/p/compose.yaml']);
  assert.deepEqual(edited(rename(project, open('/p/compose.yaml'), at('/p/compose.yaml', '[db]', 1), 'postgres')), { '/p/compose.yaml': ['8:17=postgres'], '/p/db/compose.yaml': ['2:2=postgres'] });
  assert.throws(() => rename(project, open('/p/compose.yaml'), at('/p/compose.yaml', 'web:'), 'cache'), /A service named `cache` already exists in `db\/compose.yaml`/);
});

test('a volume an extended service uses is renamed with its definition in the extending file', async () => {
  const { project, open, at } = await testProject(FILES, ['/p/compose.yaml']);
  assert.deepEqual(edited(rename(project, open('/p/compose.yaml'), at('/p/compose.yaml', '  cache:', 2), 'store')), {
    '/p/compose.yaml': ['9:14=store', '11:2=store'],
    '/p/common.yaml': ['4:14=store'],
  });
});

test('rename refuses when the definition is in a file it cannot read', async () => {
  const files = { '/p/compose.yaml': 'include:\n  - gone.yaml\nservices:\n  web:\n    extends: { file: missing.yaml, service: base }\n    depends_on: [db]\n' };
  const { project, open, at } = await testProject(files, ['/p/compose.yaml']);
  assert.throws(() => rename(project, open('/p/compose.yaml'), at('/p/compose.yaml', 'base'), 'x'), /Cannot rename `base`: it is defined in `missing.yaml`, which cannot be read/);
  assert.throws(() => rename(project, open('/p/compose.yaml'), at('/p/compose.yaml', 'db]'), 'x'), /Cannot rename `db`: it is not defined here and may be defined in `gone.yaml`, which cannot be read/);
});

test('rename refuses when the name is defined in two files, or a use also stands for another definition', async () => {
  const twice = {
    '/p/compose.yaml': 'include: [a.yaml, b.yaml]\nservices:\n  web:\n    depends_on: [db]\n',
    '/p/a.yaml': 'services:\n  db:\n    image: postgres\n',
    '/p/b.yaml': 'services:\n  db:\n    image: mysql\n',
  };
  const both = await testProject(twice, ['/p/compose.yaml']);
  assert.throws(() => rename(both.project, both.open('/p/compose.yaml'), both.at('/p/compose.yaml', 'db]'), 'x'), /it is defined in `a.yaml` and `b.yaml`/);

  const shared = {
    '/p/one.yaml': 'services:\n  web:\n    extends: { file: common.yaml, service: base }\nvolumes:\n  cache:\n',
    '/p/two.yaml': 'services:\n  web:\n    extends: { file: common.yaml, service: base }\nvolumes:\n  cache:\n',
    '/p/common.yaml': 'services:\n  base:\n    volumes: [cache:/srv]\n',
  };
  const { project, open, at } = await testProject(shared, ['/p/one.yaml', '/p/two.yaml']);
  assert.throws(() => rename(project, open('/p/one.yaml'), at('/p/one.yaml', '  cache:', 2), 'x'), /`common.yaml` line 3 also uses it for the volume defined in `two.yaml`/);
});
