import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, assertFlags, rangeText } from '../../lint/ruleTesting';
import { rule } from './DL3044';

test('DL3044 flags a reference to a name the same ENV defines, on the reference', () => {
  const text = 'FROM debian:12\nENV BLA="blubb" BLUBB="${BLA}/blubb"\nENV A=1 B=$A C="$A/$AFOO"';
  const [braced, bare, quoted] = assertFlags(rule, text, [2, 3, 3]);
  assert.equal(rangeText(text, braced), '${BLA}');
  assert.equal(rangeText(text, bare), '$A');
  assert.equal(rangeText(text, quoted), '$A');
  assert.match(braced.message, /`BLA`/);
});

test('DL3044 flags a name set twice in one ENV that refers to itself', () => {
  const text = 'FROM debian:12\nENV PATH=/bla:${PATH} PATH=/blubb:${PATH}';
  assertFlags(rule, text, [2, 2]);
});

test('DL3044 is silent on other names, earlier definitions and a pair referring to its own old value', () => {
  assertClean(
    rule,
    [
      'FROM debian:12',
      'ENV BLA="blubb" BLUBB="${FOOBLA}/blubb" X="$BLAFOO/blubb" Y="BLA/x"',
      'ENV PATH=/bla:${PATH}',
      'ENV PATH=/blubb:${PATH}',
      'ARG VERSION',
      'ENV VERSION=${VERSION} LABEL=app-$VERSION',
      'ENV OLD blubb',
      'ENV OLD=x NEW=${OLD}',
      'ENV LITERAL=1 ESCAPED=\\$LITERAL',
    ].join('\n'),
  );
});
