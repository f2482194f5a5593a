import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, assertFlags, rangeText } from '../../lint/ruleTesting';
import { rule } from './DuplicateFlag';

test('DuplicateFlag flags the second use of a single-use flag', () => {
  const text = 'FROM alpine\nCOPY --chown=a --link --chown=b x /y\nHEALTHCHECK --retries=1 --retries=2 CMD true';
  const findings = assertFlags(rule, text, [2, 3]);
  assert.equal(rangeText(text, findings[0]), '--chown');
  assert.equal(findings[0].range.start.character, 'COPY --chown=a --link '.length);
});

test('DuplicateFlag is silent on repeatable flags and on flags the builder ignores', () => {
  assertClean(rule, 'FROM alpine\nRUN --mount=type=cache,target=/a --mount=type=cache,target=/b true\nCOPY --exclude=a --exclude=b . /x\nARG --x --x NAME\nCOPY --unknown --unknown a b');
});
