import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ComposeContext } from '../context';
import { ComposeProject } from '../project';
import { testProject } from '../projectTesting';
import { testEnvironment } from '../ruleTesting';
import { definition } from './definition';

const lines = (locations: { uri: string; range: { start: { line: number; character: number } } }[] | null) => locations?.map((l) => `${l.uri.replace('file://', '')}:${l.range.start.line + 1}:${l.range.start.character}`);

test('definition of a service or volume from any reference goes to its key in the same file', () => {
  const text = 'x-deps: &deps\n  depends_on: [db]\nservices:\n  web:\n    <<: *deps\n    links: ["db:database"]\n  db:\n    volumes: [data:/var/lib/data]\nvolumes:\n  data:\n';
  const file = new ComposeContext(text, 'file:///p/compose.yaml');
  const project = ComposeProject.of(file);
  const at = (needle: string, offset = 0) => file.positionAt(text.indexOf(needle) + offset);
  assert.deepEqual(lines(definition(project, file, at('db:database', 1))), ['/p/compose.yaml:7:2']);
  assert.deepEqual(lines(definition(project, file, at('data:/var'))), ['/p/compose.yaml:10:2']);
  assert.equal(definition(project, file, at('x-deps')), null);
});

const FILES: Record<string, string> = {
  '/p/compose.yaml': 'include:\n  - ./db/compose.yaml\nservices:\n  web:\n    extends:\n      file: common.yaml\n      service: base\n    depends_on: [db]\n    network_mode: service:db\n    secrets: [token]\n',
  '/p/common.yaml': 'services:\n  base:\n    image: nginx\n',
  '/p/db/compose.yaml': 'services:\n  db:\n    image: postgres\nsecrets:\n  token:\n    file: ./token.txt\n',
};

test('definition goes from extends.service to the service in the extended file, and from a reference to an included file', async () => {
  const { project, open, at } = await testProject(FILES, ['/p/compose.yaml']);
  const file = open('/p/compose.yaml');
  assert.deepEqual(lines(definition(project, file, at('/p/compose.yaml', 'base'))), ['/p/common.yaml:2:2']);
  assert.deepEqual(lines(definition(project, file, at('/p/compose.yaml', '[db]', 1))), ['/p/db/compose.yaml:2:2']);
  assert.deepEqual(lines(definition(project, file, at('/p/compose.yaml', 'service:db', 8))), ['/p/db/compose.yaml:2:2']);
  assert.deepEqual(lines(definition(project, file, at('/p/compose.yaml', 'token'))), ['/p/db/compose.yaml:5:2']);
});

test('definition of a service in a missing extended file finds nothing', async () => {
  const files = { '/p/compose.yaml': 'services:\n  web:\n    extends: { file: gone.yaml, service: base }\n' };
  const { project, open, at } = await testProject(files, ['/p/compose.yaml']);
  assert.equal(definition(project, open('/p/compose.yaml'), at('/p/compose.yaml', 'base')), null);
});

test('definition on a path opens the file it names when it is on disk', () => {
  const text = 'services:\n  web:\n    build: ./web\n    env_file: web.env\n';
  const parsed = new ComposeContext(text);
  const onDisk = parsed.withEnvironment(testEnvironment(parsed, { files: { 'web/Dockerfile': 'FROM x', 'web.env': '' } })!);
  const project = ComposeProject.of(onDisk);
  assert.deepEqual(definition(project, onDisk, onDisk.positionAt(text.indexOf('./web')))?.map((l) => l.uri), ['file:///project/web/Dockerfile']);
  assert.deepEqual(definition(project, onDisk, onDisk.positionAt(text.indexOf('web.env')))?.map((l) => l.uri), ['file:///project/web.env']);
  assert.equal(definition(ComposeProject.of(parsed), parsed, parsed.positionAt(text.indexOf('web.env'))), null);
});
