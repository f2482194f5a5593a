import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, assertFlags, rangeText } from '../../lint/ruleTesting';
import { rule } from './DL3024';

test('DL3024 flags a stage name used before, ignoring case as BuildKit does', () => {
  const text = 'FROM alpine:3.20 AS build\nFROM debian:12 AS Build\nFROM debian:12 AS build';
  const findings = assertFlags(rule, text, [2, 3]);
  assert.equal(rangeText(text, findings[0]), 'Build');
});

test('DL3024 is silent on distinct names and unnamed stages', () => {
  assertClean(rule, 'FROM alpine:3.20 AS build\nFROM alpine:3.20 AS build-2\nFROM alpine:3.20\nFROM alpine:3.20');
});
