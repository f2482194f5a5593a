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
  assert.deepEqual(composeOutline(file), {
    services: [
      { name: 'web', profiles: [] },
      { name: 'db', profiles: ['backend'] },
      { name: 'shell', profiles: ['debug', 'tools'] },
    ],
    profiles: ['backend', 'debug', 'tools'],
  });
});

test('a later document adds services; broken or empty files have none', () => {
  const merged = composeOutline(new ComposeContext('services:\n  a:\n    image: x\n---\nservices:\n  b:\n    image: y\n    profiles: [p]\n'));
  assert.deepEqual(merged.services.map((s) => s.name), ['a', 'b']);
  assert.deepEqual(composeOutline(new ComposeContext('services: [oops')), { services: [], profiles: [] });
  assert.deepEqual(composeOutline(new ComposeContext('')), { services: [], profiles: [] });
});
