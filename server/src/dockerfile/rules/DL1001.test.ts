import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintDockerfile } from '../../lint/runner';
import { assertFlags, rangeText } from '../../lint/ruleTesting';
import { rule } from './DL1001';

const lint = (text: string, disableInlinePragmas = false) =>
  lintDockerfile({ text, rules: [rule], settings: { severityOverrides: { DL1001: 'warning' }, disableInlinePragmas } }).findings;

test('DL1001 is off until a severity turns it on', () => {
  assertFlags(rule, '# hadolint ignore=DL3003\nRUN foo bar', []);
});

test('DL1001 flags each inline ignore comment, whether or not pragmas are honoured', () => {
  const text = 'FROM debian:12\n  # hadolint ignore=DL3003,DL3008\nRUN foo bar';
  const [finding] = lint(text);
  assert.equal(rangeText(text, finding), '# hadolint ignore=DL3003,DL3008');
  assert.equal(lint(text, true).length, 1);
});

test('DL1001 is silent on other hadolint comments, plain comments and global ignores', () => {
  assert.deepEqual(lint('# hadolint shell=powershell\n# foobar\n# hadolint global ignore=DL3059\nFROM debian:12\nRUN foo bar'), []);
});
