import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, assertFlags, rangeText } from '../../lint/ruleTesting';
import { rule } from './DL3022';

test('DL3022 flags a name no earlier stage has, including one defined later', () => {
  const text = 'FROM scratch\nCOPY --from=build foo .\nFROM node:22 AS build';
  const [finding] = assertFlags(rule, text, [2]);
  assert.equal(rangeText(text, finding), 'build');
});

test('DL3022 flags a stage index past the stages defined so far', () => {
  assertFlags(rule, 'FROM alpine:3.20\nCOPY --from=1 /a /a\nFROM alpine:3.20', [2]);
});

test('DL3022 is silent on earlier stages (any case), valid indexes, images and variables', () => {
  assertClean(rule, 'FROM scratch AS Build\nFROM node:22\nCOPY --from=build foo .\nCOPY --from=0 foo .');
  assertClean(rule, 'FROM node:22\nCOPY --from=haskell:9 bar .\nCOPY --from=ghcr.io/org/tool /t /t\nCOPY --from=${TOOLS} /t /t');
});
