import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, assertFlags, rangeText } from '../../lint/ruleTesting';
import { rule } from './DL3011';

test('DL3011 flags a port above 65535, alone or as either end of a range', () => {
  const text = 'FROM nginx:1.27\nEXPOSE 80 80000/tcp';
  const [finding] = assertFlags(rule, text, [2]);
  assert.equal(rangeText(text, finding), '80000/tcp');
  assertFlags(rule, 'FROM nginx:1.27\nEXPOSE 40000-80000/udp', [2]);
});

test('DL3011 is silent on valid ports, ranges and variables', () => {
  assertClean(rule, 'FROM nginx:1.27\nEXPOSE 0 65535 8000-9000/tcp 53/udp');
  assertClean(rule, 'FROM nginx:1.27\nARG PORT=99999\nEXPOSE ${PORT} 40000-${HIGH}');
});
