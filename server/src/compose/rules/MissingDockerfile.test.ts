import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rangeText } from '../../lint/ruleTesting';
import { assertComposeClean, assertComposeFlags } from '../ruleTesting';
import { rule } from './MissingDockerfile';

test('MissingDockerfile flags a named Dockerfile missing from the context, on the name', () => {
  const text = 'services:\n  web:\n    build:\n      context: ./web\n      dockerfile: Dockerfile.prod\n';
  const [finding] = assertComposeFlags(rule, text, [5], { files: { 'web/Dockerfile': 'FROM x' } });
  assert.equal(rangeText(text, finding), 'Dockerfile.prod');
  assert.equal(finding.message, 'Dockerfile `Dockerfile.prod` does not exist in the build context `./web`');
});

test('MissingDockerfile flags a context without a Dockerfile, on the context or the build key', () => {
  const text = 'services:\n  a:\n    build: ./a\n  b:\n    build:\n      args: {X: 1}\n';
  const found = assertComposeFlags(rule, text, [3, 5], { files: { 'a/': '' } });
  assert.equal(rangeText(text, found[0]), './a');
  assert.match(found[0].message, /^Service `a` builds `.\/a`, which has no Dockerfile/);
  assert.equal(rangeText(text, found[1]), 'build');
});

test('MissingDockerfile is silent on existing Dockerfiles, inline ones and missing contexts', () => {
  assertComposeClean(rule, 'services:\n  a:\n    build: ./a\n  b:\n    build:\n      dockerfile_inline: FROM alpine\n  c:\n    build: ./gone\n', { files: { 'a/Dockerfile': 'FROM x' } });
});
