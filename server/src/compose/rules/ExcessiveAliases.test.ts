import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rangeText } from '../../lint/ruleTesting';
import { assertComposeClean, assertComposeFlags } from '../ruleTesting';
import { rule } from './ExcessiveAliases';

test('ExcessiveAliases flags an alias bomb once, at its first alias', () => {
  const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x]'];
  for (let i = 1; i <= 8; i++) lines.push(`a${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(', ')}]`);
  const text = lines.join('\n');
  const [finding] = assertComposeFlags(rule, text, [2]);
  assert.equal(rangeText(text, finding), '*a0');
});

test('ExcessiveAliases is silent on anchors reused a few times', () => {
  assertComposeClean(rule, 'x-env: &env {A: 1}\nservices:\n  a: {image: x, environment: *env}\n  b: {image: x, environment: *env}\n');
});
