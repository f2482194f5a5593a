import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rangeText } from '../../lint/ruleTesting';
import { assertComposeClean, assertComposeFlags } from '../ruleTesting';
import { rule } from './InvalidType';

test('InvalidType flags a string where a list is expected, on the value', () => {
  const text = 'services:\n  web:\n    image: nginx\n    ports: "80:80"\n';
  const [finding] = assertComposeFlags(rule, text, [4]);
  assert.equal(rangeText(text, finding), '"80:80"');
  assert.equal(finding.message, '`services.web.ports` must be a list, not a string');
});

test('InvalidType flags a mapping where a string is expected, on its key', () => {
  const text = 'services:\n  web:\n    image:\n      name: nginx\n    privileged: [true]\n    scale: 1.5\n';
  const found = assertComposeFlags(rule, text, [3, 5, 6]);
  assert.equal(rangeText(text, found[0]), 'image');
  assert.equal(found[0].message, '`services.web.image` must be a string, not a mapping');
  assert.equal(found[2].message, '`services.web.scale` must be a whole number or a string, not a number');
});

test('InvalidType is silent on interpolated values, numbers as strings and empty collections', () => {
  assertComposeClean(rule, 'services:\n  web:\n    image: nginx\n    scale: ${SCALE}\n    cpus: "0.5"\n    environment:\n    ports:\n      - 80\n      - "443:443"\n    network_mode: ${MODE:-bridge}\n    command: null\n');
});
