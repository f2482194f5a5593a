import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ComposeContext } from '../context';
import { testEnvironment } from '../ruleTesting';
import { completion, wantsLocalImages } from './completion';

/** Completion labels at the `|`, with files on (memory) disk when given. */
function labels(text: string, files?: Record<string, string>): string[] {
  const clean = text.replace('|', '');
  const before = text.slice(0, text.indexOf('|')).split('\n');
  let file = new ComposeContext(clean);
  const environment = testEnvironment(file, files ? { files } : {});
  if (environment) file = file.withEnvironment(environment);
  return completion(file, clean, { line: before.length - 1, character: before[before.length - 1].length }).map((i) => i.label);
}

test('service keys with documentation and snippets, leaving out those already written', () => {
  const text = 'services:\n  web:\n    image: nginx\n    |\n';
  const items = completion(new ComposeContext(text.replace('|', '')), text.replace('|', ''), { line: 3, character: 4 });
  const names = items.map((i) => i.label);
  assert.ok(names.includes('healthcheck') && names.includes('depends_on') && names.includes('post_start'));
  assert.ok(!names.includes('image'), 'image is already there');
  const healthcheck = items.find((i) => i.label === 'healthcheck')!;
  assert.match(healthcheck.insertText!, /^healthcheck:\n  test: \["CMD"/);
  assert.match(JSON.stringify(healthcheck.documentation), /compose-file\/services\/#healthcheck/);
  assert.equal(items.find((i) => i.label === 'ports')!.insertText, 'ports:\n  - $0');
});

test('top-level keys and nested block keys', () => {
  assert.deepEqual(labels('|\n').sort(), ['configs', 'include', 'models', 'name', 'networks', 'secrets', 'services', 'version', 'volumes']);
  assert.ok(labels('services:\n  web:\n    deploy:\n      resources:\n        |\n').includes('limits'));
  assert.ok(labels('services:\n  web:\n    volumes:\n      - type: bind\n        |\n').includes('bind'));
});

test('a value completed right after the colon gets its space', () => {
  const text = 'services:\n  web:\n    restart:';
  const items = completion(new ComposeContext(text), text, { line: 2, character: 12 });
  assert.equal(items.find((i) => i.label === 'always')?.textEdit && (items.find((i) => i.label === 'always')!.textEdit as { newText: string }).newText, ' always');
});

test('allowed values after a key', () => {
  assert.deepEqual(labels('services:\n  web:\n    depends_on:\n      db:\n        condition: |\n'), ['service_started', 'service_healthy', 'service_completed_successfully']);
  assert.deepEqual(labels('services:\n  web:\n    privileged: |\n'), ['true', 'false']);
});

test('service, network, volume and secret names where a name is expected', () => {
  const base = 'services:\n  web:\n    image: nginx\n  db:\n    image: postgres\n  cache:\n    image: redis\nnetworks:\n  front:\nvolumes:\n  data:\nsecrets:\n  token:\n    file: t\n';
  assert.deepEqual(labels(`${base.replace('    image: nginx\n', '    image: nginx\n    depends_on:\n      - |\n')}`).sort(), ['cache', 'db']);
  assert.deepEqual(labels(base.replace('    image: nginx\n', '    image: nginx\n    depends_on: [db, |]\n')).sort(), ['cache', 'db']);
  assert.deepEqual(labels(base.replace('    image: nginx\n', '    image: nginx\n    networks:\n      - |\n')).sort(), ['default', 'front']);
  assert.deepEqual(labels(base.replace('    image: nginx\n', '    image: nginx\n    volumes:\n      - |\n')), ['data']);
  assert.deepEqual(labels(base.replace('    image: nginx\n', '    image: nginx\n    secrets:\n      - |\n')), ['token']);
  assert.ok(labels(base.replace('    image: nginx\n', '    image: nginx\n    network_mode: |\n')).includes('service:db'));
});

test('build target stages and build arguments from the Dockerfile', () => {
  const files = { 'web/Dockerfile': 'ARG NODE=22\nFROM node:${NODE} AS build\nARG MODE\nFROM nginx AS runtime\n' };
  assert.deepEqual(labels('services:\n  web:\n    build:\n      context: ./web\n      target: |\n', files), ['build', 'runtime']);
  assert.deepEqual(labels('services:\n  web:\n    build:\n      context: ./web\n      args:\n        |\n', files), ['NODE', 'MODE']);
});

test('variable names after $ and ${ from .env and the file', () => {
  assert.deepEqual(labels('services:\n  web:\n    image: nginx:${TAG}\n    environment:\n      A: ${|\n', { '.env': 'FROM_DOTENV=1\n' }).sort(), ['FROM_DOTENV', 'TAG']);
  assert.deepEqual(labels('services:\n  web:\n    command: echo $$|\n'), []);
});

test('a service image value offers the local images, asked for only there', () => {
  const images = [
    { id: 'sha256:0123456789abcdef', tags: ['nginx:1.27', 'nginx:latest'], digests: [], size: 192_000_000, created: 1_717_000_000 },
    { id: 'sha256:fedcba9876543210', tags: ['<none>:<none>'], digests: [], size: 1_000, created: 1_717_000_000 },
  ];
  const text = 'services:\n  web:\n    image: ngi\n    restart: no\n';
  const items = completion(new ComposeContext(text), text, { line: 2, character: 14 }, images);
  assert.deepEqual(items.map((i) => [i.label, i.detail]), [['nginx:1.27', '192.0 MB, created 2024-05-29'], ['nginx:latest', '192.0 MB, created 2024-05-29']]);
  assert.deepEqual(items[0].textEdit, { range: { start: { line: 2, character: 11 }, end: { line: 2, character: 14 } }, newText: 'nginx:1.27' });
  assert.equal(wantsLocalImages(text, { line: 2, character: 14 }), true);
  assert.equal(wantsLocalImages(text, { line: 3, character: 15 }), false, 'another key');
  assert.equal(wantsLocalImages('services:\n  web:\n    image: nginx:${T', { line: 2, character: 21 }), false, 'a variable name');
  assert.equal(wantsLocalImages('services:\n  web:\n    build:\n      image: x', { line: 3, character: 14 }), false, 'not a service\'s image');
  assert.deepEqual(completion(new ComposeContext(text), text, { line: 3, character: 15 }, images).map((i) => i.label), ['no', 'always', 'on-failure', 'unless-stopped'], 'restart values, no images');
});
