import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, assertFlags, rangeText } from '../../lint/ruleTesting';
import { rule } from './DL3026';

const trust = (...trustedRegistries: string[]) => ({ ruleOptions: { trustedRegistries } });

test('DL3026 is off while trustedRegistries is empty', () => {
  assertClean(rule, 'FROM random.com/debian:12');
});

test('DL3026 flags a FROM image from an untrusted registry, on the image', () => {
  const text = 'FROM random.com/debian:12';
  const [finding] = assertFlags(rule, text, [1], trust('docker.io'));
  assert.equal(rangeText(text, finding), 'random.com/debian:12');
  assertFlags(rule, 'FROM debian:12', [1], trust('ghcr.io'));
});

test('DL3026 counts images without a host as Docker Hub, under either of its names', () => {
  const text = 'FROM ubuntu:24.04 AS a\nFROM zemanlx/ubuntu:24.04 AS b\nFROM docker.io/zemanlx/ubuntu:24.04 AS c';
  assertClean(rule, text, trust('docker.io'));
  assertClean(rule, 'FROM ubuntu:24.04', trust('hub.docker.com'));
});

test('DL3026 matches wildcard patterns as hadolint does', () => {
  assertClean(rule, 'FROM foo.random.com/debian:12', trust('x.com', '*.random.com'));
  assertFlags(rule, 'FROM x.com/debian:12', [1], trust('*.random.com'));
  assertClean(rule, 'FROM registry.corp:5000/app:1', trust('registry.*'));
  assertClean(rule, 'FROM quay.io/a:1', trust('*'));
});

test('DL3026 checks COPY --from and RUN --mount from= images too', () => {
  const text = 'FROM ghcr.io/org/base:1\nCOPY --from=quay.io/org/tool:1 /t /t\nRUN --mount=type=bind,from=gcr.io/x/y:2,target=/y make';
  const findings = assertFlags(rule, text, [2, 3], trust('ghcr.io'));
  assert.equal(rangeText(text, findings[1]), 'gcr.io/x/y:2');
});

test('DL3026 is silent on scratch, earlier stages, stage indexes and variables', () => {
  const text = [
    'FROM scratch',
    'FROM random.com/foo:1 AS builder',
    'FROM builder AS next',
    'COPY --from=builder /a /a',
    'COPY --from=0 /a /a',
    'RUN --mount=type=cache,from=builder,target=/c make',
    'FROM ${REGISTRY}/app:1',
  ].join('\n');
  const findings = assertFlags(rule, text, [2], trust('ghcr.io'));
  assert.equal(rangeText(text, findings[0]), 'random.com/foo:1');
});
