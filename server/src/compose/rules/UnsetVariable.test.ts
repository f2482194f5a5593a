import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rangeText } from '../../lint/ruleTesting';
import { assertComposeClean, assertComposeFlags } from '../ruleTesting';
import { rule } from './UnsetVariable';

test('UnsetVariable flags variables neither the environment nor .env sets, on the name', () => {
  const text = 'services:\n  web:\n    image: nginx:${TAG}\n    environment:\n      KEY: $API_KEY\n      PASSWORD: ${DB_PASSWORD:?set it}\n    command: echo ${SET_IN_ENV} ${SET_IN_DOTENV}\n';
  const found = assertComposeFlags(rule, text, [3, 5, 6], { files: { '.env': 'SET_IN_DOTENV=1\n' }, variables: { SET_IN_ENV: 'x' } });
  assert.equal(rangeText(text, found[0]), 'TAG');
  assert.equal(found[0].message, 'Variable `TAG` is not set; Compose will use an empty string (set it in .env, or write `${TAG:-default}`)');
  assert.equal(rangeText(text, found[1]), 'API_KEY');
  assert.equal(found[2].message, 'Variable `DB_PASSWORD` is not set, and Compose stops when it is missing: "set it"');
});

test('UnsetVariable is silent on defaults, alternatives, $$, nested fallbacks and when variables are unknown', () => {
  const text = 'services:\n  web:\n    image: nginx:${TAG:-1.27}\n    command: sh -c "echo $$HOME ${A-x} ${B:+y} ${C:-${D}}"\n    labels:\n      project: ${COMPOSE_PROJECT_NAME}\n';
  assertComposeClean(rule, text, { files: {} });
  assertComposeClean(rule, 'services:\n  web:\n    image: nginx:${TAG}\n');
});
