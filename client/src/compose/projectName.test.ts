import { test } from 'node:test';
import assert from 'node:assert/strict';
import { composeProjectName, normalizeProjectName } from './projectName';

test('a folder name is lower-cased and keeps only letters, digits, _ and -, none of them leading', () => {
  assert.equal(normalizeProjectName('My.Shop_2-dev'), 'myshop_2-dev');
  assert.equal(normalizeProjectName('__-api'), 'api');
  assert.equal(normalizeProjectName('mid_dle-'), 'mid_dle-');
  assert.equal(normalizeProjectName('Ünïcode'), 'ncode');
});

test('COMPOSE_PROJECT_NAME wins over the file\'s name, which wins over the folder', () => {
  const directory = '/work/My Shop';
  assert.equal(composeProjectName({ directory, env: {} }), 'myshop');
  assert.equal(composeProjectName({ directory, fileName: 'Shop', env: {} }), 'shop');
  assert.equal(composeProjectName({ directory, fileName: 'shop', env: { COMPOSE_PROJECT_NAME: 'ci-42' } }), 'ci-42');
  // set but empty counts as unset, as in Compose
  assert.equal(composeProjectName({ directory, fileName: 'shop', env: { COMPOSE_PROJECT_NAME: '' } }), 'shop');
});
