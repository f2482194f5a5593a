import { test } from 'node:test';
import assert from 'node:assert/strict';
import { familiarName, parseImageReference } from './imageReference';

test('Docker Hub images, official and user, with tags and digests', () => {
  assert.deepEqual(parseImageReference('alpine'), { registry: 'docker.io', path: 'library/alpine', tag: undefined, digest: undefined });
  assert.deepEqual(parseImageReference('acme/app:1.2'), { registry: 'docker.io', path: 'acme/app', tag: '1.2', digest: undefined });
  assert.equal(parseImageReference('docker.io/library/node:22@sha256:abc')?.digest, 'sha256:abc');
  assert.equal(parseImageReference('index.docker.io/library/node')?.registry, 'docker.io');
});

test('a first part with a dot, a port or localhost is a registry host', () => {
  assert.deepEqual(parseImageReference('ghcr.io/acme/tool:v1'), { registry: 'ghcr.io', path: 'acme/tool', tag: 'v1', digest: undefined });
  assert.deepEqual(parseImageReference('localhost:5000/app'), { registry: 'localhost:5000', path: 'app', tag: undefined, digest: undefined });
  assert.equal(parseImageReference('myregistry:5000/team/app:2')?.tag, '2');
});

test('variables and blanks are no references; familiar names drop docker.io and library/', () => {
  assert.equal(parseImageReference('${BASE}'), undefined);
  assert.equal(parseImageReference(''), undefined);
  assert.equal(familiarName(parseImageReference('docker.io/library/alpine')!), 'alpine:latest');
  assert.equal(familiarName(parseImageReference('ghcr.io/acme/app:1')!), 'ghcr.io/acme/app:1');
});
