import { test } from 'node:test';
import assert from 'node:assert/strict';
import { basename, dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ComposeContext } from './context';
import { ExtenderFactsCache } from './extenderCache';
import { ExtenderGatherer, type ExtenderFacts, type ExtenderFileAccess } from './extenders';
import { lintCompose } from './lint';
import { EMPTY_COMPOSE_ENVIRONMENT } from './environment';
import { rule as undefinedVolume } from './rules/UndefinedVolume';

const COMMON = 'services:\n  base:\n    image: nginx:1.27\n    volumes: [cache:/var/cache/nginx]\n';
const EXTENDS_COMMON = (file: string, declares: boolean) =>
  `services:\n  web:\n    extends:\n      file: ${file}\n      service: base\n${declares ? 'volumes:\n  cache:\n' : ''}`;

/** Files that live in memory, and the reads made of them. */
function memory(files: Readonly<Record<string, string>>): ExtenderFileAccess & { reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    readText: async (path) => {
      reads.push(path);
      return files[path];
    },
    listFolder: async (folder) => Object.keys(files).filter((path) => dirname(path) === folder).map((path) => basename(path)),
  };
}

const open = (path: string, text: string) => new ComposeContext(text, pathToFileURL(path).toString());

async function factsOf(files: Record<string, string>, path: string, openFiles: ComposeContext[] = []): Promise<ExtenderFacts> {
  return (await new ExtenderGatherer(memory(files)).gather([path], openFiles)).get(path)!;
}

/** The extenders of `service`, each as `file service declares?`, for the volume `cache`. */
function shown(facts: ExtenderFacts, service = 'base'): string[] {
  return (facts.get(service) ?? []).map((e) => `${e.file} ${e.service} ${e.names === undefined ? 'unknown' : e.names.volumes.has('cache')}`);
}

test('an extender beside the fragment, found by its Compose name, declares the volume, and the fragment lints clean with it', async () => {
  const files = { '/p/common.yaml': COMMON, '/p/compose.yaml': EXTENDS_COMMON('common.yaml', true) };
  const facts = await factsOf(files, '/p/common.yaml');
  assert.deepEqual(shown(facts), ['compose.yaml web true']);
  const lint = (extenders?: ExtenderFacts) =>
    lintCompose({ text: COMMON, rules: [undefinedVolume], environment: { ...EMPTY_COMPOSE_ENVIRONMENT, extenders } }).findings.map((f) => f.code);
  assert.deepEqual(lint(facts), []);
  assert.deepEqual(lint(undefined), ['UndefinedVolume']);
});

test('extenders are looked for in the fragment’s folder and its parent, not in other folders, unless open', async () => {
  const files = {
    '/p/shared/common.yaml': COMMON,
    '/p/docker-compose.yml': EXTENDS_COMMON('shared/common.yaml', true),
    '/p/app/compose.yaml': EXTENDS_COMMON('../shared/common.yaml', false),
    '/p/shared/notes.yaml': EXTENDS_COMMON('common.yaml', false),
  };
  assert.deepEqual(shown(await factsOf(files, '/p/shared/common.yaml')), ['../docker-compose.yml web true']);
  const app = open('/p/app/compose.yaml', files['/p/app/compose.yaml']);
  assert.deepEqual(shown(await factsOf(files, '/p/shared/common.yaml', [app])).sort(), ['../app/compose.yaml web false', '../docker-compose.yml web true']);
});

test('an extender reached through an include of a file beside the fragment counts, and resolves names in what it includes', async () => {
  const files = {
    '/p/common.yaml': COMMON,
    '/p/compose.yaml': 'include:\n  - api/compose.yaml\n',
    '/p/api/compose.yaml': 'include:\n  - volumes.yaml\nservices:\n  api:\n    extends: {file: ../common.yaml, service: base}\n',
    '/p/api/volumes.yaml': 'volumes:\n  cache:\n',
  };
  assert.deepEqual(shown(await factsOf(files, '/p/common.yaml')), ['api/compose.yaml api true']);
});

test('an extender that includes a file that cannot be read may declare anything', async () => {
  const files = { '/p/common.yaml': COMMON, '/p/compose.yaml': `include: [missing.yaml]\n${EXTENDS_COMMON('common.yaml', false)}` };
  assert.deepEqual(shown(await factsOf(files, '/p/common.yaml')), ['compose.yaml web unknown']);
});

test('an override file extending the fragment resolves names in the base file it is merged onto', async () => {
  const files = { '/p/common.yaml': COMMON, '/p/compose.yaml': 'volumes:\n  cache:\n', '/p/compose.override.yaml': EXTENDS_COMMON('common.yaml', false) };
  assert.deepEqual(shown(await factsOf(files, '/p/common.yaml')), ['compose.override.yaml web true']);
});

test('a service extended by another extended service resolves names where that one is extended', async () => {
  const files = {
    '/p/common.yaml': COMMON,
    '/p/middle.yaml': 'services:\n  mid:\n    extends: {file: common.yaml, service: base}\n  solo:\n    extends: {file: common.yaml, service: base}\n',
    '/p/compose.yaml': 'services:\n  web:\n    extends: {file: middle.yaml, service: mid}\nvolumes:\n  cache:\n',
  };
  const middle = open('/p/middle.yaml', files['/p/middle.yaml']);
  assert.deepEqual(shown(await factsOf(files, '/p/common.yaml', [middle])), ['middle.yaml mid true', 'middle.yaml solo false']);
});

test('an open document’s text wins over the file on disk', async () => {
  const files = { '/p/common.yaml': COMMON, '/p/compose.yaml': EXTENDS_COMMON('common.yaml', true) };
  const edited = open('/p/compose.yaml', EXTENDS_COMMON('common.yaml', false));
  assert.deepEqual(shown(await factsOf(files, '/p/common.yaml', [edited])), ['compose.yaml web false']);
});

test('the cache answers at once, learns the facts in the background, and reports only facts that change', async () => {
  const files = { '/p/common.yaml': COMMON, '/p/compose.yaml': EXTENDS_COMMON('common.yaml', true), '/p/other.yaml': 'services: {}\n' };
  let editorText: string | undefined;
  const learnt: string[][] = [];
  let onLearnt = () => {};
  const cache = new ExtenderFactsCache({
    openFiles: () => (editorText === undefined ? [] : [open('/p/compose.yaml', editorText)]),
    learnt: (paths) => {
      learnt.push(paths);
      onLearnt();
    },
    failed: (error) => assert.fail(String(error)),
    access: memory(files),
    delayMs: 0,
  });
  const learning = () => new Promise<void>((resolve) => (onLearnt = resolve));

  let next = learning();
  assert.equal(cache.known('/p/common.yaml'), undefined);
  assert.equal(cache.known('/p/other.yaml'), undefined);
  await next;
  assert.deepEqual(learnt, [['/p/common.yaml']], 'a file nobody extends has nothing new to lint with');
  assert.deepEqual(shown(cache.known('/p/common.yaml')!), ['compose.yaml web true']);

  next = learning();
  editorText = EXTENDS_COMMON('common.yaml', false);
  cache.invalidate();
  await next;
  assert.deepEqual(shown(cache.known('/p/common.yaml')!), ['compose.yaml web false']);

  cache.invalidate();
  await cache.settled();
  assert.equal(learnt.length, 2, 'gathering the same facts again lints nothing');
  cache.dispose();
});

test('a file Compose runs by default keeps its own names to declare, even when another file extends it', async () => {
  for (const name of ['compose.yaml', 'docker-compose.yml', 'compose.override.yaml']) {
    const files = { [`/p/${name}`]: COMMON, '/p/compose.test.yaml': EXTENDS_COMMON(name, true) };
    assert.deepEqual(shown(await factsOf(files, `/p/${name}`)), [], name);
  }
  const files = { '/p/compose.base.yaml': COMMON, '/p/compose.test.yaml': EXTENDS_COMMON('compose.base.yaml', true) };
  assert.deepEqual(shown(await factsOf(files, '/p/compose.base.yaml')), ['compose.test.yaml web true']);
});
