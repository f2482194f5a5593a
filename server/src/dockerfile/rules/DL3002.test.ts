import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, assertFlags, rangeText } from '../../lint/ruleTesting';
import { rule } from './DL3002';

test('DL3002 flags a stage whose last USER is root, by name or uid, with or without a group', () => {
  for (const user of ['root', '0', 'root:root', '0:0']) {
    const text = `FROM alpine:3.20\nRUN id\nUSER ${user}`;
    const [finding] = assertFlags(rule, text, [3]);
    assert.equal(rangeText(text, finding), user);
  }
});

test('DL3002 judges every stage by its own last USER', () => {
  assertFlags(rule, 'FROM debian:12 AS base\nUSER root\nRUN make\nFROM alpine:3.20\nUSER app', [2]);
});

test('DL3002 is silent when the stage switches back to another user, or never sets one', () => {
  assertClean(rule, 'FROM alpine:3.20\nUSER root\nRUN apk add curl\nUSER app');
  assertClean(rule, 'FROM alpine:3.20\nUSER rootless\nFROM alpine:3.20\nRUN id');
  assertClean(rule, 'FROM alpine:3.20\nUSER 1000:0');
});
