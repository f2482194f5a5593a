import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, assertFixResolves, assertFlags, rangeText } from '../../lint/ruleTesting';
import { rule } from './RedundantTargetPlatform';

test('RedundantTargetPlatform flags --platform set to $TARGETPLATFORM, braced or not', () => {
  const text = 'FROM --platform=$TARGETPLATFORM scratch\nFROM --platform=${TARGETPLATFORM} scratch\nFROM --platform=${TARGETPLATFORM:-linux/arm64} scratch';
  const findings = assertFlags(rule, text, [1, 2, 3]);
  assert.equal(rangeText(text, findings[1]), '${TARGETPLATFORM}');
  assert.equal(findings[0].message, 'Setting platform to predefined $TARGETPLATFORM in FROM is redundant as this is the default behavior');
  assert.equal(findings[1].message, 'Setting platform to predefined ${TARGETPLATFORM} in FROM is redundant as this is the default behavior');
});

test('RedundantTargetPlatform is silent on other platforms, derived values and mixes of variables', () => {
  assertClean(rule, 'ARG OS=linux\nFROM --platform=$BUILDPLATFORM scratch\nFROM --platform=${TARGETPLATFORM%/*}/arm64 scratch\nFROM --platform=$OS/${TARGETARCH} scratch\nFROM --platform=linux/amd64 scratch\nFROM scratch');
});

test('the fix removes the flag', () => {
  assert.equal(assertFixResolves(rule, 'FROM --platform=$TARGETPLATFORM alpine:3.20 AS base\nRUN true', 1), 'FROM alpine:3.20 AS base\nRUN true');
});
