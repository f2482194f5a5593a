import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, assertFlags, rangeText } from '../../lint/ruleTesting';
import { rule } from './ReservedStageName';

test('ReservedStageName flags stages named scratch or context, in any case', () => {
  const text = 'FROM scratch AS scratch\nFROM scratch AS context\nFROM alpine AS Context';
  const findings = assertFlags(rule, text, [1, 2, 3]);
  assert.equal(rangeText(text, findings[2]), 'Context');
  assert.equal(findings[0].message, 'Stage name should not use the same name as reserved stage "scratch"');
});

test('ReservedStageName is silent on scratch as a base image and on other names', () => {
  assertClean(rule, 'FROM scratch\nFROM scratch AS a\nFROM alpine AS scratchpad');
});
