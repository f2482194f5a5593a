import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rangeText } from '../../lint/ruleTesting';
import { assertComposeClean, assertComposeFlags } from '../ruleTesting';
import { rule } from './MissingEnvFile';

test('MissingEnvFile flags required env files that do not exist, on the path', () => {
  const text = 'services:\n  web:\n    image: nginx\n    env_file:\n      - .env.local\n      - path: ./config/web.env\n      - path: ./optional.env\n        required: false\n      - present.env\n';
  const found = assertComposeFlags(rule, text, [5, 6], { files: { 'present.env': 'A=1\n' } });
  assert.equal(rangeText(text, found[0]), '.env.local');
  assert.equal(found[1].message, 'env_file `./config/web.env` does not exist');
});

test('MissingEnvFile is silent on existing and optional files, and for files not on disk', () => {
  assertComposeClean(rule, 'services:\n  web:\n    image: nginx\n    env_file: web.env\n', { files: { 'web.env': '' } });
  assertComposeClean(rule, 'services:\n  web:\n    image: nginx\n    env_file: web.env\n');
});
