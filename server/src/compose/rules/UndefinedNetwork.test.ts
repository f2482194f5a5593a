import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rangeText } from '../../lint/ruleTesting';
import { assertComposeClean, assertComposeFlags } from '../ruleTesting';
import { rule } from './UndefinedNetwork';

test('UndefinedNetwork flags networks in list and mapping form, on the name', () => {
  const text = 'services:\n  web:\n    image: nginx\n    networks: [frontend]\n  api:\n    image: api\n    networks:\n      backend:\n        aliases: [api]\nnetworks:\n  front:\n';
  const found = assertComposeFlags(rule, text, [4, 8]);
  assert.equal(rangeText(text, found[0]), 'frontend');
  assert.equal(found[1].message, 'Service `api` refers to undefined network `backend`; if this file is meant to be extended, the extending file must declare `backend`');
});

test('UndefinedNetwork is silent on declared networks and on default', () => {
  assertComposeClean(rule, 'services:\n  web:\n    image: nginx\n    networks: [default, front]\nnetworks:\n  front:\n');
});
