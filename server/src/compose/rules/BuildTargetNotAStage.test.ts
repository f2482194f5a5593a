import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, rangeText } from '../../lint/ruleTesting';
import { assertComposeClean, assertComposeFlags } from '../ruleTesting';
import { rule } from './BuildTargetNotAStage';

const DOCKERFILE = 'FROM golang:1.23 AS build\nFROM alpine:3.20 AS Runtime\n';

test('BuildTargetNotAStage flags a target the Dockerfile lacks, on the value, and fixes a close one', () => {
  const text = 'services:\n  web:\n    build:\n      context: ./web\n      target: runtim\n';
  const [finding] = assertComposeFlags(rule, text, [5], { files: { 'web/Dockerfile': DOCKERFILE } });
  assert.equal(rangeText(text, finding), 'runtim');
  assert.equal(finding.message, 'Build target `runtim` is not a stage of the Dockerfile of service `web`: its stages are `build`, `Runtime`');
  assert.equal(applyFix(text, finding), text.replace('runtim\n', 'Runtime\n'));
});

test('BuildTargetNotAStage reads a named Dockerfile relative to the context, and dockerfile_inline', () => {
  const text = 'services:\n  a:\n    build:\n      context: app\n      dockerfile: docker/Dockerfile.dev\n      target: test\n  b:\n    build:\n      dockerfile_inline: |\n        FROM alpine AS base\n      target: base\n';
  assertComposeFlags(rule, text, [6], { files: { 'app/docker/Dockerfile.dev': DOCKERFILE } });
});

test('BuildTargetNotAStage is silent on existing stages in any case, unreadable Dockerfiles and variables', () => {
  assertComposeClean(rule, 'services:\n  web:\n    build:\n      context: ./web\n      target: RUNTIME\n', { files: { 'web/Dockerfile': DOCKERFILE } });
  assertComposeClean(rule, 'services:\n  web:\n    build:\n      context: ./missing\n      target: anything\n', { files: {} });
  assertComposeClean(rule, 'services:\n  web:\n    build:\n      context: ./web\n      target: ${TARGET}\n', { files: { 'web/Dockerfile': DOCKERFILE } });
  assertComposeClean(rule, 'services:\n  web:\n    build:\n      context: .\n      target: nope\n');
});
