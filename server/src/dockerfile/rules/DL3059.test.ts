import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, assertFlags, rangeText } from '../../lint/ruleTesting';
import { rule } from './DL3059';

test('DL3059 flags the second of two consecutive single-command RUNs, on its keyword', () => {
  const text = 'FROM debian:12\nRUN /foo.sh\n# a comment\n\n# another\nrun /bar.sh';
  const [finding] = assertFlags(rule, text, [6]);
  assert.equal(rangeText(text, finding), 'run');
});

test('DL3059 flags RUNs with the same flags in any order, and each further single-command RUN', () => {
  const text = [
    'FROM debian:12',
    'RUN --network=none --mount=type=secret,id=foo /foo.sh',
    'RUN --mount=type=secret,id=foo --network=none /bar.sh',
    'RUN foo && bar',
    'RUN foo',
    'RUN bar',
    'RUN <<EOF',
    'baz',
    'EOF',
  ].join('\n');
  assertFlags(rule, text, [3, 6, 7]);
});

test('DL3059 is silent when RUNs chain commands, differ in flags or are apart', () => {
  assertClean(
    rule,
    [
      'FROM debian:12',
      'RUN foo && bar',
      'RUN foobar',
      'RUN foo; bar',
      'RUN --mount=type=secret,id=foo /foo.sh',
      'RUN --mount=type=secret,id=bar /bar.sh',
      'RUN /bar.sh',
      'WORKDIR /',
      'RUN /baz.sh',
      'FROM debian:12',
      'RUN /qux.sh',
      'ONBUILD RUN /a.sh',
      'RUN /b.sh',
    ].join('\n'),
  );
});
