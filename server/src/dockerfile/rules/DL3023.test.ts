import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, assertFlags, rangeText } from '../../lint/ruleTesting';
import { rule } from './DL3023';

test('DL3023 flags COPY --from naming its own stage, by name in any case or by index', () => {
  const text = 'FROM node:22 AS foo\nCOPY --from=FOO bar .';
  const [finding] = assertFlags(rule, text, [2]);
  assert.equal(rangeText(text, finding), 'FOO');
  assertFlags(rule, 'FROM node:22 AS foo\nFROM node:22\nCOPY --from=1 bar .', [3]);
});

test('DL3023 is silent when COPY --from names another stage', () => {
  assertClean(rule, 'FROM scratch AS build\nRUN foo\nFROM node:22 AS run\nCOPY --from=build foo .\nCOPY --from=0 foo .');
});
