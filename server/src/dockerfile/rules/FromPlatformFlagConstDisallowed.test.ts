import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, assertFlags, rangeText } from '../../lint/ruleTesting';
import { parsePlatform, rule } from './FromPlatformFlagConstDisallowed';

test('FromPlatformFlagConstDisallowed flags a constant platform', () => {
  const text = 'FROM --platform=linux/amd64 scratch\nFROM --platform="linux/arm64/v8" scratch AS build';
  const findings = assertFlags(rule, text, [1, 2]);
  assert.equal(rangeText(text, findings[0]), 'linux/amd64');
  assert.equal(findings[0].message, 'FROM --platform flag should not use constant value "linux/amd64"');
  assert.equal(findings[1].message, 'FROM --platform flag should not use constant value "linux/arm64/v8"');
});

test('FromPlatformFlagConstDisallowed is silent on variables, stage names that mention the platform, and unparsable values', () => {
  assertClean(rule, [
    'ARG PLATFORM=linux/amd64',
    'FROM --platform=$PLATFORM scratch',
    'FROM --platform=$BUILDPLATFORM scratch',
    'FROM --platform=linux/amd64 scratch AS my_amd64_stage',
    'FROM --platform=linux/amd64 scratch AS linux',
    'FROM --platform=linux/x86_64 scratch AS tools-amd64',
    'FROM --platform=not/a/valid/platform scratch',
    'FROM scratch',
  ].join('\n'));
});

test('parsePlatform normalises like containerd', () => {
  assert.deepEqual(parsePlatform('Linux/AARCH64'), { os: 'linux', architecture: 'arm64' });
  assert.deepEqual(parsePlatform('windows'), { os: 'windows', architecture: 'amd64' });
  assert.deepEqual(parsePlatform('arm64'), { os: 'linux', architecture: 'arm64' });
  assert.equal(parsePlatform('nonsense'), undefined);
  assert.equal(parsePlatform('linux/amd64 '), undefined);
});
