import { test } from 'node:test';
import assert from 'node:assert/strict';
import { referenceProblem, splitReference } from './references';

test('the tag is split at its colon, not at a registry port', () => {
  assert.deepEqual(splitReference('localhost:5000/team/app:1.2'), { repository: 'localhost:5000/team/app', tag: '1.2' });
  assert.deepEqual(splitReference('localhost:5000/team/app'), { repository: 'localhost:5000/team/app', tag: 'latest' });
  assert.deepEqual(splitReference('nginx:1.27'), { repository: 'nginx', tag: '1.27' });
});

test('image names are checked before the engine sees them', () => {
  for (const good of ['app', 'team/app:1.2', 'registry.example.com:5000/team/my_app-x:v1.0-rc.1']) assert.equal(referenceProblem(good), undefined, good);
  for (const bad of ['', 'App', 'team//app', 'app:', 'app:-x', 'app:tag with space']) assert.ok(referenceProblem(bad), bad);
});
