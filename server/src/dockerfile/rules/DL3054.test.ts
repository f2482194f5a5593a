import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, assertFlags, rangeText } from '../../lint/ruleTesting';
import { rule } from './DL3054';

const schema = { ruleOptions: { labelSchema: { spdxlabel: 'spdx' } } };

test('DL3054 flags a license label that is not an SPDX expression', () => {
  const text = 'FROM alpine\nLABEL spdxlabel="not-spdx"\nLABEL spdxlabel="MIT OR GPL"';
  const findings = assertFlags(rule, text, [2, 3], schema);
  assert.deepEqual(findings.map((f) => rangeText(text, f)), ['"not-spdx"', '"MIT OR GPL"']);
});

test('DL3054 is silent on SPDX identifiers and expressions, and on other labels', () => {
  assertClean(rule, 'FROM alpine\nLABEL spdxlabel="BSD-3-Clause" other="fooo"\nLABEL spdxlabel="MIT OR Apache-2.0"', schema);
});
