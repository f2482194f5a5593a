import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, assertFlags, rangeText } from '../../lint/ruleTesting';
import { rule } from './DL3051';

const schema = { ruleOptions: { labelSchema: { emptylabel: 'text', homepage: 'url' } } };

test('DL3051 flags a schema label set to nothing, whatever its type', () => {
  const text = 'FROM alpine\nLABEL emptylabel=""\nLABEL homepage=';
  const findings = assertFlags(rule, text, [2, 3], schema);
  assert.deepEqual(findings.map((f) => rangeText(text, f)), ['""', 'homepage=']);
  assert.match(findings[0].message, /`emptylabel`/);
});

test('DL3051 is silent on filled schema labels, values from variables and empty labels outside the schema', () => {
  assertClean(rule, 'FROM alpine\nLABEL emptylabel="foo" homepage=$HOMEPAGE other=""', schema);
});
