import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, assertFlags, rangeText } from '../../lint/ruleTesting';
import { rule } from './DL3052';

const schema = { ruleOptions: { labelSchema: { urllabel: 'url' } } };

test('DL3052 flags a url label whose value is not an absolute URL', () => {
  const text = 'FROM alpine\nLABEL urllabel="not-url"\nLABEL urllabel=example.com/docs';
  const findings = assertFlags(rule, text, [2, 3], schema);
  assert.deepEqual(findings.map((f) => rangeText(text, f)), ['"not-url"', 'example.com/docs']);
});

test('DL3052 is silent on URLs and on labels the schema does not type as url', () => {
  assertClean(rule, 'FROM alpine\nLABEL urllabel="http://example.com" other="foo"\nLABEL urllabel=${SOURCE_URL}', schema);
});
