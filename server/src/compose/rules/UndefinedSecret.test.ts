import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rangeText } from '../../lint/ruleTesting';
import { assertComposeClean, assertComposeFlags } from '../ruleTesting';
import { rule } from './UndefinedSecret';

test('UndefinedSecret flags secrets of services and builds, short and long, on the name', () => {
  const text = 'services:\n  api:\n    image: api\n    secrets:\n      - db_pass\n      - source: token\n        target: /t\n    build:\n      context: .\n      secrets: [npm]\nsecrets:\n  db_password:\n    file: ./p\n';
  const found = assertComposeFlags(rule, text, [5, 6, 10]);
  assert.equal(rangeText(text, found[1]), 'token');
  assert.equal(found[2].message, 'Service `api` refers to undefined secret `npm` in `build.secrets`; if this file is meant to be extended, the extending file must declare `npm`');
});

test('UndefinedSecret is silent on declared secrets', () => {
  assertComposeClean(rule, 'services:\n  api:\n    image: api\n    secrets: [a, {source: b}]\nsecrets:\n  a: {file: ./a}\n  b: {external: true}\n');
});
