import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ComposeContext } from './context';
import { ComposeProject, type Place } from './project';
import { ComposeProjectLoader, MAX_LINK_DEPTH } from './projectLoader';
import { testProject } from './projectTesting';

const FILES: Record<string, string> = {
  '/p/compose.yaml': 'include:\n  - ./db/compose.yaml\nservices:\n  web:\n    extends:\n      file: common.yaml\n      service: base\n    depends_on: [db]\n    volumes: [cache:/cache]\nvolumes:\n  cache:\n',
  '/p/common.yaml': 'services:\n  base:\n    image: nginx\n    volumes: [cache:/srv/cache]\n',
  '/p/db/compose.yaml': 'services:\n  db:\n    image: postgres\n    volumes: [data:/var/lib/data, cache:/c]\nvolumes:\n  data:\n',
};

/** `file:line:character` of each place, to compare places in a line. */
const shown = (places: readonly Place[]) => places.map(({ file, occurrence }) => `${file.path}:${file.file.positionAt(occurrence.start).line + 1}:${file.file.positionAt(occurrence.start).character}`);

async function placeAt(files: Record<string, string>, open: string[], path: string, needle: string, offset = 0) {
  const { project, uri } = await testProject(files, open);
  const text = files[path];
  const place = project.placeAt(uri(path), text.indexOf(needle) + offset);
  assert.ok(place, `a name at ${needle}`);
  return { project, place };
}

test('the loader reads the files an open file includes and extends, and none twice', async () => {
  const { project, read } = await testProject(FILES, ['/p/compose.yaml']);
  assert.deepEqual(read.sort(), ['/p/common.yaml', '/p/db/compose.yaml']);
  assert.deepEqual(project.files.map((f) => f.path).sort(), ['/p/common.yaml', '/p/compose.yaml', '/p/db/compose.yaml']);
});

test('extends.service stands for the service of the extended file', async () => {
  const { project, place } = await placeAt(FILES, ['/p/compose.yaml'], '/p/compose.yaml', 'base');
  assert.deepEqual(shown(project.targetOf(place).definitions), ['/p/common.yaml:2:2']);
});

test('a name the file does not define is defined by the file it includes; an included file does not see the includer', async () => {
  const { project, place } = await placeAt(FILES, ['/p/compose.yaml'], '/p/compose.yaml', '[db]', 1);
  assert.deepEqual(shown(project.targetOf(place).definitions), ['/p/db/compose.yaml:2:2']);
  const included = project.placeAt(project.files.find((f) => f.path === '/p/db/compose.yaml')!.uri, FILES['/p/db/compose.yaml'].indexOf('cache:/c'))!;
  assert.deepEqual(project.targetOf(included).definitions, [], '`cache` of the includer is not the included file’s');
});

test('a name an extended service uses is defined where it is extended', async () => {
  const { project, place } = await placeAt(FILES, ['/p/compose.yaml'], '/p/common.yaml', 'cache:/srv');
  assert.deepEqual(shown(project.targetOf(place).definitions), ['/p/compose.yaml:11:2']);
  const { uses } = project.usesOf(place);
  assert.deepEqual(shown(uses).sort(), ['/p/common.yaml:4:14', '/p/compose.yaml:11:2', '/p/compose.yaml:9:14']);
});

test('a missing extended or included file is skipped and reported unseen', async () => {
  const files = { '/p/compose.yaml': 'include: [gone.yaml]\nservices:\n  web:\n    extends: { file: missing.yaml, service: base }\n    depends_on: [db]\n' };
  const { project, place } = await placeAt(files, ['/p/compose.yaml'], '/p/compose.yaml', 'base');
  assert.equal(project.files.length, 1);
  assert.deepEqual(project.targetOf(place), { definitions: [], unseen: [{ path: '/p/missing.yaml', written: 'missing.yaml', service: 'web', name: 'base' }], key: 'extends\0/p/missing.yaml\0base' });
  const db = project.placeAt(project.files[0].uri, files['/p/compose.yaml'].indexOf('db]'))!;
  assert.deepEqual(project.targetOf(db).unseen, [{ path: '/p/gone.yaml', written: 'gone.yaml' }]);
});

test('a path with an unset variable is unseen, not read; one with a set variable is read', async () => {
  const text = 'include:\n  - ${DIR}/db.yaml\nservices:\n  web:\n    depends_on: [db]\n';
  const files = { '/p/compose.yaml': text, '/p/db/db.yaml': 'services:\n  db:\n    image: postgres\n' };
  const { project, read } = await testProject(files, ['/p/compose.yaml']);
  assert.deepEqual(read, []);
  assert.deepEqual(project.targetOf(project.placeAt(project.files[0].uri, text.indexOf('db]'))!).unseen, [{ path: undefined, written: '${DIR}/db.yaml' }]);
  const withVariables = new ComposeContext(text, 'file:///p/compose.yaml');
  const environment = { ...withVariables.environment, variables: new Map([['DIR', { value: 'db', source: { kind: 'environment' as const } }]]) };
  const loaded = await new ComposeProjectLoader(async (path) => files[path as keyof typeof files]).load([withVariables.withEnvironment(environment)]);
  assert.deepEqual(loaded.targetOf(loaded.placeAt('file:///p/compose.yaml', text.indexOf('db]'))!).definitions.map((d) => d.file.path), ['/p/db/db.yaml']);
});

test('an open document wins over the file on disk, and include cycles and long chains end', async () => {
  const chain: Record<string, string> = {};
  for (let i = 0; i < MAX_LINK_DEPTH + 3; i++) chain[`/c/${i}.yaml`] = `include: [${i + 1}.yaml, 0.yaml]\nservices:\n  s${i}:\n    image: x\n`;
  const { project, read } = await testProject(chain, ['/c/0.yaml']);
  assert.equal(read.length, MAX_LINK_DEPTH, 'one file per link, up to the depth bound');
  assert.equal(project.files.length, MAX_LINK_DEPTH + 1);

  const onDisk = { '/p/compose.yaml': 'include: [db.yaml]\n', '/p/db.yaml': 'services:\n  db:\n    image: postgres\n' };
  const edited = new ComposeContext('services:\n  database:\n    image: postgres\n', 'file:///p/db.yaml');
  const opened = await new ComposeProjectLoader(async (path) => onDisk[path as keyof typeof onDisk]).load([new ComposeContext(onDisk['/p/compose.yaml'], 'file:///p/compose.yaml'), edited]);
  assert.equal(opened.fileAt('/p/db.yaml')?.file, edited);
});

test('one file alone sees only itself: the services extends.file names are not its own', () => {
  const text = 'services:\n  web:\n    extends: { file: common.yaml, service: web }\n';
  const project = ComposeProject.of(new ComposeContext(text, 'file:///p/compose.yaml'));
  const extended = project.placeAt('file:///p/compose.yaml', text.lastIndexOf('web'))!;
  const own = project.placeAt('file:///p/compose.yaml', text.indexOf('web'))!;
  assert.notEqual(project.targetOf(extended).key, project.targetOf(own).key);
  assert.equal(project.usesOf(own).uses.length, 1);
});

test('a name used two extends away is defined in the file at the start of the chain', async () => {
  const files = {
    '/p/compose.yaml': 'services:\n  web:\n    extends: { file: common.yaml, service: base }\nnetworks:\n  front:\n',
    '/p/common.yaml': 'services:\n  base:\n    extends: { file: deeper/root.yaml, service: root }\n',
    '/p/deeper/root.yaml': 'services:\n  root:\n    networks: [front]\n',
  };
  const { project, place } = await placeAt(files, ['/p/compose.yaml'], '/p/deeper/root.yaml', 'front');
  assert.deepEqual(shown(project.targetOf(place).definitions), ['/p/compose.yaml:5:2']);
});
