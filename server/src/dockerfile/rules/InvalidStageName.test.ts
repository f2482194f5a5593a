import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, assertFlags, rangeText } from '../../lint/ruleTesting';
import { rule } from './InvalidStageName';

test('InvalidStageName flags names that start with a digit, hold symbols or use variables', () => {
  const text = 'FROM alpine AS 1st\nFROM alpine AS my/stage\nFROM alpine as ${NAME}';
  const findings = assertFlags(rule, text, [1, 2, 3]);
  assert.deepEqual(findings.map((f) => rangeText(text, f)), ['1st', 'my/stage', '${NAME}']);
});

test('InvalidStageName is silent on valid names, capitals included, and on FROM without a name', () => {
  assertClean(rule, 'FROM alpine AS build-1.x_y\nFROM alpine AS Build\nFROM alpine\nFROM alpine AS');
});
