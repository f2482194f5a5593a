import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, assertFixResolves, assertFlags, rangeText } from '../../lint/ruleTesting';
import { rule } from './DL3019';

test('DL3019 flags apk add without --no-cache, on the command words', () => {
  const text = 'FROM alpine:3.20\nRUN apk --update add flex=2.6.4-r1';
  const [finding] = assertFlags(rule, text, [2]);
  assert.equal(rangeText(text, finding), 'apk --update add');
});

test('DL3019 fix adds --no-cache after add', () => {
  const text = 'FROM alpine:3.20\nRUN apk update \\\n && apk add flex=2.6.4-r1';
  assert.equal(assertFixResolves(rule, text, 3), 'FROM alpine:3.20\nRUN apk update \\\n && apk add --no-cache flex=2.6.4-r1');
});

test('DL3019 accepts --no-cache or a cache mount on the apk cache', () => {
  assertClean(rule, 'FROM alpine:3.20\nRUN apk add --no-cache flex=2.6.4-r1\nRUN --mount=type=cache,target=/var/cache/apk apk add -U curl=8.9.1-r1');
  assertClean(rule, 'FROM alpine:3.20\nRUN --mount=type=cache,target=/var/cache/foo apk add --no-cache -U curl=8.9.1-r1');
  assertFlags(rule, 'FROM alpine:3.20\nRUN --mount=type=cache,target=/var/cache/foo apk add -U curl=8.9.1-r1', [2]);
});
