import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, rangeText } from '../../lint/ruleTesting';
import { assertComposeClean, assertComposeFlags } from '../ruleTesting';
import { rule } from './UndefinedVolume';

test('UndefinedVolume flags named volumes in short and long syntax, on the name', () => {
  const text = 'services:\n  db:\n    image: postgres\n    volumes:\n      - pgdat:/var/lib/postgresql/data\n      - type: volume\n        source: logs\n        target: /logs\nvolumes:\n  pgdata:\n';
  const found = assertComposeFlags(rule, text, [5, 7]);
  assert.equal(rangeText(text, found[0]), 'pgdat');
  assert.equal(found[0].message, 'Service `db` refers to undefined volume `pgdat`; did you mean `pgdata`?');
  assert.equal(applyFix(text, found[0]), text.replace('pgdat:', 'pgdata:'));
});

test('UndefinedVolume is silent on declared volumes, host paths, anonymous volumes and tmpfs', () => {
  assertComposeClean(rule, 'services:\n  db:\n    image: postgres\n    volumes:\n      - data:/data\n      - ./conf:/conf\n      - /abs:/abs\n      - ~/home:/home\n      - /anonymous\n      - C:\\\\data:/win\n      - ${HOST_DIR}:/x\n      - type: tmpfs\n        target: /tmp\n      - type: bind\n        source: relative\n        target: /r\nvolumes:\n  data:\n');
});
