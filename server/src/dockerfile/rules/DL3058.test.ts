import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, assertFlags, rangeText } from '../../lint/ruleTesting';
import { rule } from './DL3058';

const schema = { ruleOptions: { labelSchema: { maintainer: 'email' } } };

test('DL3058 flags a contact label that is not a bare email address', () => {
  const text = 'FROM alpine\nLABEL maintainer="not-email"\nLABEL maintainer="Ops <ops@example.com>"';
  const findings = assertFlags(rule, text, [2, 3], schema);
  assert.deepEqual(findings.map((f) => rangeText(text, f)), ['"not-email"', '"Ops <ops@example.com>"']);
});

test('DL3058 is silent on addresses and on other labels', () => {
  assertClean(rule, 'FROM alpine\nLABEL maintainer="abcd@google.com" other="doo"', schema);
});
