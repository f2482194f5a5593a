import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, assertFlags, rangeText } from '../../lint/ruleTesting';
import { rule } from './SecretsUsedInArgOrEnv';

test('SecretsUsedInArgOrEnv flags names with a secret word, in any case and position', () => {
  const text = [
    'FROM scratch',
    'ARG SECRET_PASSPHRASE',
    'ENV SUPER_Secret=foo',
    'ENV password=bar secret=baz',
    'ARG super_duper_secret_token=foo auth=bar',
    'ENV apikey=bar sunflower=foo',
    'ENV git_key=',
    'ARG USER DB_PASSWORD',
  ].join('\n');
  const findings = assertFlags(rule, text, [2, 3, 4, 4, 5, 5, 6, 7, 8]);
  assert.equal(rangeText(text, findings[8]), 'DB_PASSWORD');
  assert.equal(rangeText(text, findings[4]), 'super_duper_secret_token');
  assert.equal(findings[0].message, 'Do not use ARG or ENV instructions for sensitive data (ARG "SECRET_PASSPHRASE")');
  assert.equal(findings[1].message, 'Do not use ARG or ENV instructions for sensitive data (ENV "SUPER_Secret")');
});

test('SecretsUsedInArgOrEnv is silent on public names, words that merely contain a secret word, and ARGs before FROM', () => {
  assertClean(rule, 'ARG GITHUB_TOKEN\nFROM scratch\nENV PUBLIC_KEY=\nARG public_token\nENV KEYBOARD=us MONKEY=1 AUTHOR=me TOKENS=3');
});
