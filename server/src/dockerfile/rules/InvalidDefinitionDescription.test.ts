import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, assertFlags, rangeText } from '../../lint/ruleTesting';
import { rule } from './InvalidDefinitionDescription';

const optIn = '# check=experimental=InvalidDefinitionDescription\n';

test('InvalidDefinitionDescription flags a comment above an ARG or named stage that does not start with its name', () => {
  const text = `${optIn}# bar this is the bar\nARG foo=bar\n# BasE this is the BasE image\nFROM scratch AS base\n# definitely a bad comment\nARG version=latest\n# definitely a bad comment\nARG foo=baz bar=qux baz=quux`;
  const findings = assertFlags(rule, text, [3, 5, 7, 9]);
  assert.equal(findings[0].message, 'Comment for ARG should follow the format: `# foo <description>`');
  assert.equal(findings[1].message, 'Comment for FROM should follow the format: `# base <description>`');
  assert.equal(findings[3].message, 'Comment for ARG should follow the format: `# <arg_key> <description>`');
  assert.equal(rangeText(text, findings[1]), 'base');
  assert.equal(rangeText(text, findings[3]), 'foo=baz bar=qux baz=quux');
});

test('InvalidDefinitionDescription is silent on good descriptions and on comments set apart or aimed elsewhere', () => {
  assertClean(rule, `${optIn}# foo this is the foo\nARG foo=bar\n\n# base this is the base image\nFROM scratch AS base\n\n# version this is the version number\nARG version=latest\n\n# baz this is the baz\nARG foo=baz bar=qux baz=quux\n#\nARG bit=bat\n\n# comment for something other than ARG or FROM\nCOPY Dockerfile .\n# unrelated\n\nARG spaced\nFROM scratch`);
});

test('a parser directive is no description', () => {
  assertClean(rule, `${optIn}ARG foo=bar`);
});

test('InvalidDefinitionDescription is experimental: silent unless opted in', () => {
  assertClean(rule, '# not a description\nARG foo=bar');
});
