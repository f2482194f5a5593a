import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, assertFlags, rangeText } from '../../lint/ruleTesting';
import { rule } from './UnterminatedHeredoc';

test('UnterminatedHeredoc flags a heredoc whose closing line never comes', () => {
  const text = 'FROM alpine\nRUN <<EOF\napk add curl\neof\n';
  const [finding] = assertFlags(rule, text, [2]);
  assert.equal(rangeText(text, finding), '<<EOF');
  assertFlags(rule, 'FROM alpine\nCOPY <<A <<B /x/\na\nA\nb\n', [2]);
  assertFlags(rule, 'FROM alpine\nONBUILD RUN <<EOF\necho', [2]);
});

test('UnterminatedHeredoc is silent on closed heredocs, tab-indented closings for <<- and CRLF files', () => {
  assertClean(rule, 'FROM alpine\nRUN <<EOF\necho hi\nEOF\nCOPY <<-END /x\n\thello\n\tEND\nRUN cat <<"QUOTED"\n$x\nQUOTED');
  assertClean(rule, 'FROM alpine\r\nRUN <<EOF\r\necho hi\r\nEOF\r\n');
  // Only RUN, COPY and ADD open heredocs; elsewhere `<<` is an ordinary word.
  assertClean(rule, 'FROM alpine\nENV A=<<EOF\nLABEL x=<<EOF\nCMD cat <<EOF');
});
