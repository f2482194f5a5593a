import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, assertFixResolves, assertFlags, rangeText } from '../../lint/ruleTesting';
import { rule } from './DL3036';

test('DL3036 flags a zypper install no clean follows', () => {
  const text = 'FROM opensuse/leap:15.6\nRUN zypper clean && zypper in -y mariadb=10.4';
  const [finding] = assertFlags(rule, text, [2]);
  assert.equal(rangeText(text, finding), 'zypper in');
});

test('DL3036 fix appends zypper clean', () => {
  const text = 'FROM opensuse/leap:15.6\nRUN zypper install -y mariadb=10.4';
  assert.equal(assertFixResolves(rule, text, 2), 'FROM opensuse/leap:15.6\nRUN zypper install -y mariadb=10.4 && zypper clean');
});

test('DL3036 accepts clean, cc, removing the cache or a cache mount', () => {
  assertClean(
    rule,
    [
      'FROM opensuse/leap:15.6',
      'RUN zypper install -y mariadb=10.4 && zypper clean',
      'RUN zypper install -y mariadb=10.4 && zypper cc -a',
      'RUN zypper install -y mariadb=10.4 && rm -rf /var/cache/zypp/*',
      'RUN --mount=type=cache,target=/var/cache/zypp zypper install -y mariadb=10.4',
    ].join('\n'),
  );
});
