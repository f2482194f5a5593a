import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, assertFlags, rangeText } from '../../lint/ruleTesting';
import { rule } from './DL4004';

test('DL4004 flags a second ENTRYPOINT in the same stage', () => {
  const text = 'FROM alpine:3.20\nENTRYPOINT ["a"]\nENTRYPOINT ["b"]';
  const [finding] = assertFlags(rule, text, [3]);
  assert.equal(rangeText(text, finding), 'ENTRYPOINT');
});

test('DL4004 is silent on one ENTRYPOINT per stage', () => {
  assertClean(rule, 'FROM alpine:3.20 AS a\nENTRYPOINT ["a"]\nFROM alpine:3.20\nENTRYPOINT ["b"]\nCMD ["--help"]');
});
