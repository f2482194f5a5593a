import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, assertFlags, rangeText } from '../../lint/ruleTesting';
import { rule } from './DL3056';

const schema = { ruleOptions: { labelSchema: { semver: 'semver' } } };

test('DL3056 flags a version label that is not a semantic version', () => {
  const text = 'FROM alpine\nLABEL semver="not-sem-ver"\nLABEL semver=v1.0.0';
  const findings = assertFlags(rule, text, [2, 3], schema);
  assert.deepEqual(findings.map((f) => rangeText(text, f)), ['"not-sem-ver"', 'v1.0.0']);
});

test('DL3056 is silent on semantic versions and on other labels', () => {
  assertClean(rule, 'FROM alpine\nLABEL semver="1.0.0" other="foo"\nLABEL semver=2.0.1-rc1', schema);
});
