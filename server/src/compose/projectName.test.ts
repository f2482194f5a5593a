import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { FileSystem } from '../fileSystem';
import { ComposeContext } from './context';
import { ComposeEnvironmentReader } from './environmentReader';
import { resolveProjectName } from './projectName';

const DIRECTORY = '/work/My Shop';

/** The project name of `compose` in DIRECTORY, with `dotenv` as its .env (none when undefined) and `env` as the environment. */
function projectOf(compose: string, dotenv: string | undefined, env: Record<string, string | undefined> = {}) {
  const files = new Map(dotenv === undefined ? [] : [[`${DIRECTORY}/.env`, dotenv]]);
  const fs: FileSystem = { kind: (path) => (files.has(path) ? 'file' : undefined), read: (path) => files.get(path) };
  const variables = new ComposeEnvironmentReader(fs, env).variables(DIRECTORY);
  return resolveProjectName(new ComposeContext(compose), DIRECTORY, variables);
}

const NAMED = 'name: shop\nservices:\n  web:\n    image: nginx\n';

test('without COMPOSE_PROJECT_NAME or name:, the project is the directory, as named (the client normalises)', () => {
  assert.deepEqual(projectOf('services:\n  web:\n    image: nginx\n', undefined), { name: 'My Shop', source: 'directory' });
});

test("COMPOSE_PROJECT_NAME in the project's .env wins over the file's name:", () => {
  assert.deepEqual(projectOf(NAMED, '# ci\nCOMPOSE_PROJECT_NAME=ci-42\n'), { name: 'ci-42', source: 'dotenv' });
  // .env's own syntax: export, quotes, a variable from the environment
  assert.deepEqual(projectOf(NAMED, 'export COMPOSE_PROJECT_NAME="shop-${STAGE}"\n', { STAGE: 'dev' }), { name: 'shop-dev', source: 'dotenv' });
});

test('COMPOSE_PROJECT_NAME from the environment wins over .env; set but empty, it hides .env and counts as unset', () => {
  assert.deepEqual(projectOf(NAMED, 'COMPOSE_PROJECT_NAME=from-file\n', { COMPOSE_PROJECT_NAME: 'from-shell' }), { name: 'from-shell', source: 'environment' });
  assert.deepEqual(projectOf(NAMED, 'COMPOSE_PROJECT_NAME=from-file\n', { COMPOSE_PROJECT_NAME: '' }), { name: 'shop', source: 'name' });
  // an empty value in .env is no name either
  assert.deepEqual(projectOf(NAMED, 'COMPOSE_PROJECT_NAME=\n'), { name: 'shop', source: 'name' });
});

test('name: is interpolated with the environment and .env, the environment first', () => {
  const compose = 'name: ${PROJECT:-fallback}-app\n';
  assert.deepEqual(projectOf(compose, undefined), { name: 'fallback-app', source: 'name' });
  assert.deepEqual(projectOf(compose, 'PROJECT=from-dotenv\n'), { name: 'from-dotenv-app', source: 'name' });
  assert.deepEqual(projectOf(compose, 'PROJECT=from-dotenv\n', { PROJECT: 'from-shell' }), { name: 'from-shell-app', source: 'name' });
  assert.deepEqual(projectOf('name: $$literal\n', undefined), { name: '$literal', source: 'name' });
});

test("a later document's name: wins; a name: with nothing normalisation keeps falls back to the directory", () => {
  assert.deepEqual(projectOf('name: shop\n---\nname: shop-dev\n', undefined), { name: 'shop-dev', source: 'name' });
  assert.deepEqual(projectOf('name: ${UNSET}\n', undefined), { name: 'My Shop', source: 'directory' });
  assert.deepEqual(projectOf('name: "__.."\n', undefined), { name: 'My Shop', source: 'directory' });
  assert.deepEqual(projectOf('name: [not, a, name]\n', undefined), { name: 'My Shop', source: 'directory' });
});
