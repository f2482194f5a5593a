import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, assertFlags, rangeText } from '../../lint/ruleTesting';
import { rule } from './DL3050';

const strict = { ruleOptions: { labelSchema: { required: 'text' }, strictLabels: true } };

test('DL3050 flags each label outside the schema when labels are strict', () => {
  const text = 'FROM alpine\nLABEL required="foo" other="bar"\nLABEL "extra"=1';
  const findings = assertFlags(rule, text, [2, 3], strict);
  assert.deepEqual(findings.map((f) => rangeText(text, f)), ['other', '"extra"']);
  assert.match(findings[0].message, /`other`/);
});

test('DL3050 is silent on schema labels, and on any label unless strict-labels is on', () => {
  assertClean(rule, 'FROM alpine\nLABEL required="foo"', strict);
  assertClean(rule, 'FROM alpine\nLABEL other="bar"', { ruleOptions: { labelSchema: { required: 'text' } } });
});
