import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, assertFixResolves, assertFlags, rangeText } from '../../lint/ruleTesting';
import { rule } from './DL3015';

test('DL3015 flags apt-get install without --no-install-recommends', () => {
  const text = 'FROM debian:12\nRUN apt-get -y install python3=3.11.2';
  const [finding] = assertFlags(rule, text, [2]);
  assert.equal(rangeText(text, finding), 'apt-get -y install');
});

test('DL3015 fix adds --no-install-recommends after install, even on a continuation line', () => {
  const text = 'FROM debian:12\nRUN apt-get update \\\n && apt-get install -y \\\n    curl=7.88.1 \\\n && rm -rf /var/lib/apt/lists/*';
  const fixed = assertFixResolves(rule, text, 3);
  assert.equal(fixed, 'FROM debian:12\nRUN apt-get update \\\n && apt-get install --no-install-recommends -y \\\n    curl=7.88.1 \\\n && rm -rf /var/lib/apt/lists/*');
});

test('DL3015 accepts the flag or the APT option that turns recommends off', () => {
  assertClean(
    rule,
    [
      'FROM debian:12',
      'RUN apt-get install -y --no-install-recommends python3',
      'RUN apt-get -o APT::Install-Recommends=false install -y python3',
      'RUN apt-get -o APT::Install-Recommends=0 install -y python3',
      'RUN apt-get update',
    ].join('\n'),
  );
});

test('DL3015 keeps flagging when recommends are turned on explicitly', () => {
  assertFlags(rule, 'FROM debian:12\nRUN apt-get -o APT::Install-Recommends=true install -y python3', [2]);
});
