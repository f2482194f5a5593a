import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, assertFlags, rangeText } from '../../lint/ruleTesting';
import { rule } from './DL4001';

test('DL4001 flags the RUN that brings in the second tool, on that tool', () => {
  const text = 'FROM node:22 AS foo\nRUN wget my.xyz\nRUN curl localhost\nRUN echo hello';
  const [finding] = assertFlags(rule, text, [3]);
  assert.equal(rangeText(text, finding), 'curl');
  assert.match(finding.message, /`curl`.*`wget`/);
});

test('DL4001 flags both tools in one RUN, and each later RUN that downloads', () => {
  const text = 'FROM node:22\nRUN wget -q my.xyz && curl -fsS localhost\nRUN echo hello\nRUN wget -q foo.com';
  const [both, later] = assertFlags(rule, text, [2, 4]);
  assert.equal(rangeText(text, both), 'curl');
  assert.equal(rangeText(text, later), 'wget');
});

test('DL4001 weighs each stage alone, and ONBUILD triggers apart from the stage', () => {
  assertClean(rule, 'FROM node:22 AS foo\nRUN wget my.xyz\nONBUILD RUN curl localhost\nFROM scratch\nRUN curl localhost');
  assertFlags(rule, 'FROM node:22\nRUN wget my.xyz\nRUN curl localhost\nFROM scratch\nRUN curl localhost', [3]);
});
