import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, rangeText } from '../../lint/ruleTesting';
import { assertComposeClean, assertComposeFlags } from '../ruleTesting';
import { rule } from './UnknownKey';

test('UnknownKey flags a misspelt service key on the key, suggests the known one and fixes it', () => {
  const text = 'services:\n  web:\n    image: nginx\n    enviroment:\n      A: 1\n';
  const [finding] = assertComposeFlags(rule, text, [4]);
  assert.equal(rangeText(text, finding), 'enviroment');
  assert.equal(finding.message, 'Unknown key `enviroment` in `services.web`; did you mean `environment`?');
  assert.equal(applyFix(text, finding), text.replace('enviroment', 'environment'));
});

test('UnknownKey flags unknown keys at the top level and in nested blocks, without a suggestion when none is close', () => {
  const text = 'service:\n  web: {}\nservices:\n  web:\n    build:\n      context: .\n      dockerfil: Dockerfile\n    deploy:\n      resources:\n        limit: {}\n    healthcheck:\n      frobnicate: 1\n';
  const found = assertComposeFlags(rule, text, [1, 7, 10, 12]);
  assert.match(found[0].message, /did you mean `services`/);
  assert.equal(found[3].message, 'Unknown key `frobnicate` in `services.web.healthcheck`');
  assert.equal(found[3].fix, undefined);
});

test('UnknownKey reports keys merged from an anchor where they are written', () => {
  const text = 'x-base: &base\n  imag: nginx\nservices:\n  a:\n    <<: *base\n  b:\n    <<: *base\n';
  assertComposeFlags(rule, text, [2]);
});

test('UnknownKey is silent on x- extensions, known keys and free-form names', () => {
  assertComposeClean(rule, 'x-common: {anything: 1}\nservices:\n  web:\n    x-note: hi\n    image: nginx\n    labels:\n      any.label: x\n    depends_on:\n      db:\n        condition: service_healthy\n  db:\n    image: postgres\n    logging:\n      driver: local\n      options:\n        max-size: 10m\n');
});

test('UnknownKey flags a key named like a property every object has (constructor, toString)', () => {
  const [finding] = assertComposeFlags(rule, 'services:\n  web:\n    image: nginx\n    constructor: 1\n    toString: x\n', [4, 5]);
  assert.equal(finding.message, 'Unknown key `constructor` in `services.web`');
});
