import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rangeText } from '../../lint/ruleTesting';
import { assertComposeClean, assertComposeFlags } from '../ruleTesting';
import { rule } from './NoImageOrBuild';

test('NoImageOrBuild flags a service with nothing to run, on its name', () => {
  const text = 'services:\n  web:\n    ports: ["80:80"]\n  db:\n    image: postgres\n';
  const [finding] = assertComposeFlags(rule, text, [2]);
  assert.equal(rangeText(text, finding), 'web');
  assert.equal(finding.message, 'Service `web` has neither an image nor a build context specified');
});

test('NoImageOrBuild accepts image, build, extends, provider and merged keys', () => {
  assertComposeClean(rule, 'x-img: &img {image: nginx}\nservices:\n  a: {image: x}\n  b: {build: .}\n  c: {extends: a}\n  d: {provider: {type: model}}\n  e:\n    <<: *img\n');
});

test('NoImageOrBuild looks in the base file of an override file, and in a later document', () => {
  const override = 'services:\n  web:\n    ports: ["80:80"]\n';
  assertComposeClean(rule, override, { name: 'docker-compose.override.yml', files: { 'docker-compose.yml': 'services:\n  web:\n    image: nginx\n' } });
  assertComposeFlags(rule, override, [2], { name: 'docker-compose.override.yml', files: { 'docker-compose.yml': 'services:\n  db:\n    image: postgres\n' } });
  assertComposeClean(rule, 'services:\n  web:\n    ports: ["80:80"]\n---\nservices:\n  web:\n    image: nginx\n');
});
