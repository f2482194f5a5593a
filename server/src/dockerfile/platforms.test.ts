import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatPlatform, LINUX_AMD64, normalizePlatform, parsePlatform, platformArgValues, sameOsAndArchitecture } from './platforms';

const arm64 = { os: 'linux', architecture: 'arm64' };

test('a --platform value is normalised as containerd does, completed from the builder', () => {
  assert.deepEqual(parsePlatform('Linux/AARCH64', LINUX_AMD64), arm64);
  assert.deepEqual(parsePlatform('linux/arm64/v8', LINUX_AMD64), arm64);
  assert.deepEqual(parsePlatform('linux/arm', LINUX_AMD64), { os: 'linux', architecture: 'arm', variant: 'v7' });
  assert.deepEqual(parsePlatform('linux/armel', LINUX_AMD64), { os: 'linux', architecture: 'arm', variant: 'v6' });
  assert.deepEqual(parsePlatform('linux/x86_64', LINUX_AMD64), LINUX_AMD64);
  assert.deepEqual(parsePlatform('windows', arm64), { os: 'windows', architecture: 'arm64' });
  assert.deepEqual(parsePlatform('arm64', { os: 'freebsd', architecture: 'amd64' }), { os: 'freebsd', architecture: 'arm64' });
  for (const bad of ['nonsense', 'linux/amd64 ', 'a/b/c/d', '', 'linux//amd64']) assert.equal(parsePlatform(bad, LINUX_AMD64), undefined, bad);
});

test('an engine\'s report is normalised the same way, and printed as BuildKit prints it', () => {
  assert.deepEqual(normalizePlatform({ os: 'linux', architecture: 'arm64', variant: 'v8' }), arm64);
  assert.equal(formatPlatform(normalizePlatform({ os: 'Linux', architecture: 'arm', variant: '' })), 'linux/arm/v7');
  assert.equal(formatPlatform(normalizePlatform({ os: 'linux', architecture: 'x86_64' })), 'linux/amd64');
});

test('platforms fit on OS and architecture alone, as BuildKit compares them', () => {
  assert.ok(sameOsAndArchitecture({ os: 'linux', architecture: 'arm', variant: 'v6' }, { os: 'linux', architecture: 'arm', variant: 'v7' }));
  assert.ok(!sameOsAndArchitecture(arm64, LINUX_AMD64));
  assert.ok(!sameOsAndArchitecture({ os: 'windows', architecture: 'amd64' }, LINUX_AMD64));
});

test('the platform ARGs of a build on and for one platform', () => {
  const args = platformArgValues({ os: 'linux', architecture: 'arm', variant: 'v7' });
  assert.deepEqual(args, {
    BUILDPLATFORM: 'linux/arm/v7', BUILDOS: 'linux', BUILDARCH: 'arm', BUILDVARIANT: 'v7',
    TARGETPLATFORM: 'linux/arm/v7', TARGETOS: 'linux', TARGETARCH: 'arm', TARGETVARIANT: 'v7',
  });
});
