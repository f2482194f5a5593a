import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, assertFlags, rangeText } from '../../lint/ruleTesting';
import { rule } from './DL3003';

test('DL3003 flags cd in RUN, on the cd word', () => {
  const text = 'FROM golang:1.23\nRUN git clone https://example.com/app.git && cd app && make';
  const [finding] = assertFlags(rule, text, [2]);
  assert.equal(rangeText(text, finding), 'cd');
});

test('DL3003 flags cd inside a subshell, a heredoc and an ONBUILD trigger, as hadolint does', () => {
  const text = ['FROM golang:1.23', 'RUN (cd /tmp && make)', 'RUN <<EOF', 'cd /src', 'EOF', 'ONBUILD RUN cd /x'].join('\n');
  assertFlags(rule, text, [2, 4, 6]);
});

test('DL3003 is silent on WORKDIR and on cd as an argument', () => {
  assertClean(rule, 'FROM golang:1.23\nWORKDIR /src\nRUN echo cd && git -C /src pull');
});
