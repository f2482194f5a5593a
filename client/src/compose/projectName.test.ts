import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeProjectName, projectLabels } from './projectName';

test('a name is lower-cased and keeps only letters, digits, _ and -, none of them leading', () => {
  assert.equal(normalizeProjectName('My.Shop_2-dev'), 'myshop_2-dev');
  assert.equal(normalizeProjectName('__-api'), 'api');
  assert.equal(normalizeProjectName('mid_dle-'), 'mid_dle-');
  assert.equal(normalizeProjectName('Ünïcode'), 'ncode');
});

test('a folder or name: is normalised; both CLIs agree unless it starts with _ or -', () => {
  assert.deepEqual(projectLabels({ name: 'My Shop', source: 'directory' }), ['myshop']);
  assert.deepEqual(projectLabels({ name: 'Shop.Dev', source: 'name' }), ['shopdev']);
  // v1 leaves the leading underscore; v2 strips it
  assert.deepEqual(projectLabels({ name: '_Site', source: 'directory' }), ['site', '_site']);
});

test('name: only counts for v2: v1 refuses the key, so it never started the project', () => {
  assert.deepEqual(projectLabels({ name: '_shop', source: 'name' }), ['shop']);
});

test('COMPOSE_PROJECT_NAME: v2 takes it as written when it is normal and stops otherwise; v1 normalises it', () => {
  for (const source of ['environment', 'dotenv'] as const) {
    assert.deepEqual(projectLabels({ name: 'ci-42', source }), ['ci-42']);
    assert.deepEqual(projectLabels({ name: 'Shop_CI', source }), ['shop_ci']);
    assert.deepEqual(projectLabels({ name: '-x', source }), ['-x']);
  }
});

test('nothing usable: no label, except v1 naming the root folder default', () => {
  assert.deepEqual(projectLabels({ name: '...', source: 'directory' }), []);
  assert.deepEqual(projectLabels({ name: '', source: 'directory' }), ['default']);
  assert.deepEqual(projectLabels({ name: '$$', source: 'environment' }), []);
});
