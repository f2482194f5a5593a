import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, assertFlags, rangeText } from '../../lint/ruleTesting';
import { rule } from './DL3055';

const schema = { ruleOptions: { labelSchema: { githash: 'hash' } } };

test('DL3055 flags a hash label that is not a short or full git hash', () => {
  const text = 'FROM alpine\nLABEL githash="not-git-hash"\nLABEL githash=2DBFAE9';
  const findings = assertFlags(rule, text, [2, 3], schema);
  assert.deepEqual(findings.map((f) => rangeText(text, f)), ['"not-git-hash"', '2DBFAE9']);
});

test('DL3055 is silent on short and full hashes and on other labels', () => {
  assertClean(rule, 'FROM alpine\nLABEL githash="2dbfae9" other="foo"\nLABEL githash=43c572f1272b6b3171dd1db9e41b7027128ce080', schema);
});
