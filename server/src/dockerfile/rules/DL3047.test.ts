import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, assertFixResolves, assertFlags, rangeText } from '../../lint/ruleTesting';
import { rule } from './DL3047';

test('DL3047 flags wget without a progress or quiet option, on the wget word', () => {
  const text = 'FROM debian:12\nRUN wget -O /tmp/tool.tgz https://example.com/tool.tgz\nRUN ["wget", "https://example.com/x"]';
  const [first, exec] = assertFlags(rule, text, [2, 3]);
  assert.equal(rangeText(text, first), 'wget');
  assert.equal(exec.fix, undefined, 'no shell edit inside an exec-form array');
});

test('DL3047 fix adds --progress=dot:giga after wget', () => {
  const text = 'FROM debian:12\nRUN wget https://example.com/tool.tgz';
  assert.equal(assertFixResolves(rule, text, 2), 'FROM debian:12\nRUN wget --progress=dot:giga https://example.com/tool.tgz');
});

test('DL3047 is silent with --progress, quiet, no-verbose or a log file', () => {
  assertClean(
    rule,
    [
      'FROM debian:12',
      'RUN wget --progress=dot:giga https://example.com/a',
      'RUN wget -q https://example.com/a',
      'RUN wget -qO- https://example.com/a | tar -xz',
      'RUN wget --quiet https://example.com/a',
      'RUN wget -nv https://example.com/a',
      'RUN wget --no-verbose https://example.com/a',
      'RUN wget -o /tmp/log https://example.com/a',
      'RUN wget --output-file=/tmp/log https://example.com/a',
      'RUN wget -a /tmp/log https://example.com/a',
      'RUN wget --append-output=/tmp/log https://example.com/a',
    ].join('\n'),
  );
});
