import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, assertFlags, rangeText } from '../../lint/ruleTesting';
import { rule } from './DL4003';

test('DL4003 flags a second CMD in the same stage', () => {
  const text = 'FROM alpine:3.20\nCMD ["a"]\nRUN true\nCMD ["b"]';
  const [finding] = assertFlags(rule, text, [4]);
  assert.equal(rangeText(text, finding), 'CMD');
});

test('DL4003 is silent on one CMD per stage and on a HEALTHCHECK CMD beside the CMD', () => {
  assertClean(rule, 'FROM alpine:3.20 AS a\nCMD ["a"]\nFROM alpine:3.20\nCMD ["b"]');
  assertClean(rule, 'FROM alpine:3.20\nHEALTHCHECK CMD wget -q localhost || exit 1\nCMD ["b"]');
});
