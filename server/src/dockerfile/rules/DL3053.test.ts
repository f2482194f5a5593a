import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, assertFlags, rangeText } from '../../lint/ruleTesting';
import { rule } from './DL3053';

const schema = { ruleOptions: { labelSchema: { datelabel: 'rfc3339' } } };

test('DL3053 flags a date label that is not an RFC 3339 date-time', () => {
  const text = 'FROM alpine\nLABEL datelabel="not-date"\nLABEL datelabel=2024-05-01';
  const findings = assertFlags(rule, text, [2, 3], schema);
  assert.deepEqual(findings.map((f) => rangeText(text, f)), ['"not-date"', '2024-05-01']);
});

test('DL3053 is silent on RFC 3339 times, build-time values and other labels', () => {
  assertClean(rule, 'FROM alpine\nLABEL datelabel="2021-03-10T10:26:33.564595127+01:00" other="doo"\nARG BUILD_DATE\nLABEL datelabel=$BUILD_DATE', schema);
});
