import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, assertFixResolves, assertFlags, rangeText } from '../../lint/ruleTesting';
import { rule } from './DL3046';

test('DL3046 flags useradd with a six-digit UID and no -l, on the useradd word', () => {
  const text = 'FROM debian:12\nRUN groupadd -g 123456 app && useradd -u 123456 -g app app\nRUN useradd --uid=2000000 svc';
  const [first] = assertFlags(rule, text, [2, 3]);
  assert.equal(rangeText(text, first), 'useradd');
});

test('DL3046 fix adds --no-log-init after useradd', () => {
  const text = 'FROM debian:12\nRUN useradd -u 123456 app';
  assert.equal(assertFixResolves(rule, text, 2), 'FROM debian:12\nRUN useradd --no-log-init -u 123456 app');
});

test('DL3046 is silent with -l or --no-log-init, a short UID, no UID or a UID from a variable', () => {
  assertClean(
    rule,
    [
      'FROM debian:12',
      'RUN useradd -l -u 123456 a',
      'RUN useradd -lm -u 123456 b',
      'RUN useradd --no-log-init -u 123456 c',
      'RUN useradd -u 12345 d',
      'RUN useradd e',
      'RUN useradd -u "$APP_UID" f',
    ].join('\n'),
  );
});
