import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, assertFlags, rangeText } from '../../lint/ruleTesting';
import { rule } from './DL3061';

test('DL3061 flags each instruction other than ARG before the first FROM', () => {
  const text = 'ARG A=B\nlabel foo=bar\nENV X=1\nFROM foo:1';
  const findings = assertFlags(rule, text, [2, 3]);
  assert.equal(rangeText(text, findings[0]), 'label');
});

test('DL3061 flags instructions in a file with no FROM at all', () => {
  assertFlags(rule, 'RUN make', [1]);
});

test('DL3061 is silent on directives, comments and ARG before FROM, and anything after it', () => {
  assertClean(rule, '# syntax=docker/dockerfile:1\n# a comment\nARG A=B\nFROM foo:1\nARG C\nLABEL foo=bar');
});
