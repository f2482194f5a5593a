import { test } from 'node:test';
import assert from 'node:assert/strict';
import { composeArguments, composeCommandLine, composeFiles, servicesFor } from './composeCli';

const existing = (...paths: string[]) => (path: string) => paths.includes(path);

test('a default-named file brings the override file its CLI would pick', () => {
  const exists = existing('/p/compose.yaml', '/p/compose.override.yml', '/p/docker-compose.override.yml');
  assert.deepEqual(composeFiles('/p/compose.yaml', 'v2', exists), ['/p/compose.yaml', '/p/compose.override.yml']);
  // v1 prefers the docker-compose.* names
  assert.deepEqual(composeFiles('/p/compose.yaml', 'v1', exists), ['/p/compose.yaml', '/p/docker-compose.override.yml']);
  assert.deepEqual(composeFiles('/q/docker-compose.yml', 'v2', existing('/q/docker-compose.yml')), ['/q/docker-compose.yml']);
});

test('an override file runs after the main file; another name runs alone', () => {
  const exists = existing('/p/docker-compose.yml', '/p/compose.override.yaml', '/p/compose.prod.yaml');
  assert.deepEqual(composeFiles('/p/compose.override.yaml', 'v2', exists), ['/p/docker-compose.yml', '/p/compose.override.yaml']);
  assert.deepEqual(composeFiles('/p/compose.prod.yaml', 'v2', exists), ['/p/compose.prod.yaml']);
});

test('each verb: global options first, then the verb, its options and the services', () => {
  const files = ['/p/compose.yaml', '/p/compose.override.yml'];
  assert.deepEqual(composeArguments({ verb: 'up', files, profiles: ['tools'], services: ['web'], build: true }), [
    '--file', '/p/compose.yaml', '--file', '/p/compose.override.yml', '--profile', 'tools', 'up', '--detach', '--build', 'web',
  ]);
  assert.deepEqual(composeArguments({ verb: 'down', files, volumes: true, services: ['ignored'] }), ['--file', '/p/compose.yaml', '--file', '/p/compose.override.yml', 'down', '--volumes']);
  assert.deepEqual(composeArguments({ verb: 'logs', files: ['/p/compose.yaml'] }), ['--file', '/p/compose.yaml', 'logs', '--follow']);
  assert.deepEqual(composeArguments({ verb: 'pull', files: ['/p/compose.yaml'], services: ['db'] }), ['--file', '/p/compose.yaml', 'pull', 'db']);
});

test('v2 runs through the docker CLI, v1 on its own', () => {
  const request = { verb: 'restart' as const, files: ['/p/compose.yaml'] };
  assert.deepEqual(composeCommandLine({ version: 'v2', command: '/usr/bin/docker', prefix: ['compose'] }, request), ['/usr/bin/docker', 'compose', '--file', '/p/compose.yaml', 'restart']);
  assert.deepEqual(composeCommandLine({ version: 'v1', command: 'docker-compose', prefix: [] }, request), ['docker-compose', '--file', '/p/compose.yaml', 'restart']);
});

test('the services a set of profiles lets start: those without profiles and those with one of them', () => {
  const outline = { services: [{ name: 'web', profiles: [] }, { name: 'debug', profiles: ['tools', 'dev'] }, { name: 'seed', profiles: ['setup'] }], profiles: ['dev', 'setup', 'tools'] };
  assert.deepEqual(servicesFor(outline, []), ['web']);
  assert.deepEqual(servicesFor(outline, ['dev']), ['web', 'debug']);
  assert.deepEqual(servicesFor(outline, ['setup', 'tools']), ['web', 'debug', 'seed']);
});
