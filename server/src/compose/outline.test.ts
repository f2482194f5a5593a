import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ComposeContext } from './context';
import { composeOutline } from './outline';

test('services in file order with their profiles; every profile once, sorted', () => {
  const file = new ComposeContext(
    [
      'x-debug: &debug',
      '  profiles: [debug, tools]',
      'services:',
      '  web:',
      '    image: nginx',
      '  db:',
      '    image: postgres',
      '    profiles:',
      '      - backend',
      '  shell:',
      '    <<: *debug',
      '    image: busybox',
    ].join('\n'),
  );
  const outline = composeOutline(file);
  assert.deepEqual(outline.services.map(({ name, profiles }) => ({ name, profiles })), [
    { name: 'web', profiles: [] },
    { name: 'db', profiles: ['backend'] },
    { name: 'shell', profiles: ['debug', 'tools'] },
  ]);
  assert.deepEqual(outline.profiles, ['backend', 'debug', 'tools']);
});

test('a later document adds services; broken or empty files have none', () => {
  const merged = composeOutline(new ComposeContext('services:\n  a:\n    image: x\n---\nservices:\n  b:\n    image: y\n    profiles: [p]\n'));
  assert.deepEqual(merged.services.map((s) => s.name), ['a', 'b']);
  assert.deepEqual(composeOutline(new ComposeContext('services: [oops')), { services: [], profiles: [] });
  assert.deepEqual(composeOutline(new ComposeContext('')), { services: [], profiles: [] });
});

test('each service carries the range of its key, where the file first defines it', () => {
  const outline = composeOutline(new ComposeContext('services:\n  web:\n    image: nginx\n  "db": {image: postgres}\n---\nservices:\n  web:\n    init: true\n'));
  assert.deepEqual(
    outline.services.map((s) => [s.name, s.range]),
    [
      ['web', { start: { line: 1, character: 2 }, end: { line: 1, character: 5 } }],
      ['db', { start: { line: 3, character: 2 }, end: { line: 3, character: 6 } }],
    ],
  );
});

test('the project comes with the file\'s surroundings: named by the variables Compose sees, else the file, else the folder', () => {
  const file = new ComposeContext('name: shop-${STAGE:-dev}\nservices:\n  web:\n    image: nginx\n');
  assert.equal(composeOutline(file).project, undefined);
  const variables = new Map([['STAGE', { value: 'prod', source: { kind: 'dotenv' as const, file: '/app/.env', line: 0 } }]]);
  assert.deepEqual(composeOutline(file, { directory: '/app', variables }).project, { name: 'shop-prod', source: 'name' });
  assert.deepEqual(composeOutline(new ComposeContext(''), { directory: '/app', variables: new Map() }).project, { name: 'app', source: 'directory' });
});
