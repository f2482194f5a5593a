import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, assertFlags, rangeText } from '../../lint/ruleTesting';
import { rule } from './InvalidKeyValue';

test('InvalidKeyValue flags a key without value, a word without = after a pair, and empty names', () => {
  const text = 'FROM alpine\nENV APP_HOME=/app APP_USER\nLABEL maintainer\nENV =x\nARG =1';
  const findings = assertFlags(rule, text, [2, 3, 4, 5]);
  assert.deepEqual(findings.map((f) => rangeText(text, f)), ['APP_USER', 'maintainer', '=x', '=1']);
  assert.match(findings[1].message, /`LABEL maintainer` has no value/);
});

test('InvalidKeyValue is silent on pairs, the legacy form, quoted values and ARG declarations', () => {
  assertClean(rule, 'FROM alpine\nENV A=1 B="two words" C=\nENV LEGACY some value\nLABEL "a b"=c\nARG VERSION\nARG A=1 B');
});
