import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, assertFlags, rangeText } from '../../lint/ruleTesting';
import { rule } from './DL3029';

test('DL3029 flags a constant platform and a user-defined variable', () => {
  const text = 'FROM --platform=linux debian:12';
  const [finding] = assertFlags(rule, text, [1]);
  assert.equal(rangeText(text, finding), '--platform=linux');
  assertFlags(rule, 'ARG PLAT=linux/arm64\nFROM --platform=$PLAT debian:12', [2]);
});

test('DL3029 is silent without --platform and with BuildKit\'s platform arguments in any spelling', () => {
  assertClean(rule, 'FROM debian:12');
  for (const value of ['$BUILDPLATFORM', '"$BUILDPLATFORM"', '${BUILDPLATFORM}', '${BUILDPLATFORM:-}', '"${BUILDPLATFORM:-}"', '$TARGETPLATFORM', '$TARGETOS/$TARGETARCH']) {
    assertClean(rule, `FROM --platform=${value} debian:12`);
  }
});
