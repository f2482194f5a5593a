import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, rangeText } from '../../lint/ruleTesting';
import { assertComposeClean, assertComposeFlags } from '../ruleTesting';
import { rule } from './UndefinedService';

test('UndefinedService flags every way of naming a missing service, on the name, and fixes close misspellings', () => {
  const text = [
    'services:',
    '  web:',
    '    image: nginx',
    '    depends_on: [databse]',
    '    links: ["cache:redis"]',
    '    network_mode: service:proxy',
    '    volumes_from: ["data:ro", "container:other"]',
    '    extends: base',
    '    ipc: service:db',
    '  database:',
    '    image: postgres',
    '    depends_on:',
    '      queue:',
    '        condition: service_started',
    '',
  ].join('\n');
  const found = assertComposeFlags(rule, text, [4, 5, 6, 7, 8, 9, 13]);
  assert.equal(rangeText(text, found[0]), 'databse');
  assert.equal(found[0].message, 'Service `web` depends on undefined service `databse`; did you mean `database`?');
  assert.equal(applyFix(text, found[0]), text.replace('[databse]', '[database]'));
  assert.equal(rangeText(text, found[1]), 'cache');
  assert.equal(found[2].message, 'Service `web` refers to undefined service `proxy` in `network_mode`; if this file is meant to be extended, the extending file must define `proxy`');
  assert.equal(rangeText(text, found[3]), 'data');
  assert.equal(found[4].message, 'Service `web` extends undefined service `base`');
  assert.equal(rangeText(text, found[6]), 'queue');
});

test('UndefinedService counts services of the base file an override file is merged onto', () => {
  const override = 'services:\n  web:\n    depends_on: [db]\n';
  assertComposeClean(rule, override, { name: 'compose.override.yaml', files: { 'compose.yaml': 'services:\n  db:\n    image: postgres\n  web:\n    image: nginx\n' } });
  assertComposeFlags(rule, override, [3], { name: 'compose.override.yaml', files: { 'compose.yaml': 'services:\n  web:\n    image: nginx\n' } });
});

test('UndefinedService counts services of included files, and stays silent when an include cannot be read', () => {
  const text = 'include:\n  - db/compose.yaml\nservices:\n  web:\n    image: nginx\n    depends_on: [db]\n';
  assertComposeClean(rule, text, { files: { 'db/compose.yaml': 'services:\n  db:\n    image: postgres\n' } });
  assertComposeClean(rule, text, { files: {} });
  assertComposeClean(rule, text);
});

test('UndefinedService is silent on defined names, merged services, other files and containers', () => {
  assertComposeClean(rule, 'x-dep: &dep {depends_on: [db]}\nservices:\n  web:\n    <<: *dep\n    image: nginx\n    network_mode: host\n    volumes_from: ["container:x"]\n    extends:\n      file: other.yaml\n      service: base\n  db:\n    image: postgres\n');
});
