import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, assertFlags, rangeText } from '../../lint/ruleTesting';
import { rule } from './DL3045';

test('DL3045 flags COPY to a relative destination before WORKDIR, on the destination', () => {
  const text = 'FROM node:22\nCOPY package.json "app/"\nWORKDIR /app\nCOPY . .';
  const [finding] = assertFlags(rule, text, [2]);
  assert.equal(rangeText(text, finding), '"app/"');
});

test('DL3045 does not carry WORKDIR into a stage that is not built FROM that stage', () => {
  assertFlags(rule, 'FROM debian:12 AS stage1\nWORKDIR /usr\nFROM debian:12\nCOPY foo bar\nONBUILD COPY a b', [4, 5]);
});

test('DL3045 honours WORKDIR inherited through FROM <stage>, at any depth and in any case', () => {
  assertClean(rule, 'FROM debian:12 AS Base1\nWORKDIR /usr\nFROM base1 AS base2\nRUN foo\nFROM debian:12 AS other\nRUN bar\nFROM base2\nCOPY foo bar');
});

test('DL3045 is silent on absolute, Windows and variable destinations, and after ONBUILD WORKDIR', () => {
  assertClean(
    rule,
    [
      'FROM debian:12',
      'COPY bla.sh /usr/local/bin/blubb.sh',
      'COPY bla.sh "/usr/local/bin/blubb.sh"',
      'COPY bla.sh c:\\system32\\blubb.sh',
      'COPY bla.sh d:/mypath/blubb.sh',
      'COPY src.sh ${SRC_BASE_ENV}',
      'COPY src.sh "$SRC_BASE_ENV"',
      'ADD bla.sh relative/',
      'ONBUILD WORKDIR /usr/local/lib',
      'ONBUILD COPY foo bar',
    ].join('\n'),
  );
});
