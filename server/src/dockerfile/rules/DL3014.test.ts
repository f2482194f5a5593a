import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, assertFixResolves, assertFlags, rangeText } from '../../lint/ruleTesting';
import { rule } from './DL3014';

const clean = ' && rm -rf /var/lib/apt/lists/*';

test('DL3014 flags apt-get install without -y, on the command words', () => {
  const text = `FROM debian:12\nRUN apt-get update && apt-get -q install --no-install-recommends curl=7.88.1${clean}`;
  const [finding] = assertFlags(rule, text, [2]);
  assert.equal(rangeText(text, finding), 'apt-get -q install');
});

test('DL3014 fix adds -y after install', () => {
  const text = `FROM debian:12\nRUN apt-get update && apt-get install --no-install-recommends curl=7.88.1${clean}`;
  const fixed = assertFixResolves(rule, text, 2);
  assert.equal(fixed, `FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1${clean}`);
});

test('DL3014 fix lands on the install word across continuation lines and comments', () => {
  const text = ['FROM debian:12', 'RUN --mount=type=cache,target=/var/lib/apt/lists apt-get update \\', '  # install the tools', ' && apt-get \\', '      install --no-install-recommends \\', '      curl=7.88.1'].join('\n');
  // The finding starts where the command does, on the fourth line.
  const fixed = assertFixResolves(rule, text, 4);
  assert.equal(fixed.split('\n')[4], '      install -y --no-install-recommends \\');
});

test('DL3014 fix in an exec-form RUN adds a JSON string', () => {
  const text = 'FROM debian:12\nRUN ["apt-get", "install", "--no-install-recommends", "curl=7.88.1"]';
  assert.equal(assertFixResolves(rule, text, 2), 'FROM debian:12\nRUN ["apt-get", "install", "-y", "--no-install-recommends", "curl=7.88.1"]');
});

test('DL3014 accepts -y in any spelling and quiet level 2', () => {
  assertClean(
    rule,
    [
      'FROM debian:12',
      'RUN apt-get install -yq python3',
      'RUN apt-get -y install python3',
      'RUN apt-get --yes install python3',
      'RUN apt-get --assume-yes install python3',
      'RUN apt-get install -qq python3',
      'RUN apt-get -q -q install python3',
      'RUN apt-get -o APT::Get::Assume-Yes=true install python3',
      'RUN apt-get update && apt install python3',
    ].join('\n'),
  );
});
