import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rangeText } from '../../lint/ruleTesting';
import { assertComposeClean, assertComposeFlags } from '../ruleTesting';
import { rule } from './DeprecatedKey';

test('DeprecatedKey flags external.name on networks and volumes, on the key', () => {
  const text = 'services:\n  web: {image: nginx}\nnetworks:\n  n:\n    external:\n      name: corp\nvolumes:\n  v:\n    external: {name: data}\n';
  const found = assertComposeFlags(rule, text, [6, 9]);
  assert.equal(rangeText(text, found[0]), 'name');
  assert.match(found[0].message, /^`networks.n.external.name` is deprecated: set `name` on the network itself/);
});

test('DeprecatedKey is silent on name beside external: true', () => {
  assertComposeClean(rule, 'networks:\n  n:\n    name: corp\n    external: true\n');
});
