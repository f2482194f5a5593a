import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, assertFlags, rangeText } from '../../lint/ruleTesting';
import { rule } from './DL3018';

test('DL3018 flags the one unpinned package among pinned ones, on its line', () => {
  const text = ['FROM alpine:3.20', 'RUN apk add --no-cache \\', '    flex=2.6.4-r1 \\', '    libffi \\', '    python3=3.12.7-r0'].join('\n');
  const [finding] = assertFlags(rule, text, [4]);
  assert.equal(rangeText(text, finding), 'libffi');
});

test('DL3018 accepts pins, fuzzy pins, .apk files, and skips option values', () => {
  assertClean(
    rule,
    [
      'FROM alpine:3.20',
      'RUN apk add flex=2.6.4-r1 git~2.52 mypackage-1.1.1.apk',
      'RUN apk add --virtual build-dependencies python3-dev=3.12.7-r0 && apk del build-dependencies',
      'RUN apk add --no-cache --repository https://dl-cdn.alpinelinux.org/alpine/edge/testing flow=0.78.0-r0',
      'RUN apk add --no-cache --repository=https://dl-cdn.alpinelinux.org/alpine/edge/testing -X https://mirror/testing flow=0.78.0-r0',
      'RUN apk update && apk upgrade && apk info curl',
    ].join('\n'),
  );
});
