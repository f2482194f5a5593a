import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Platform } from '../platforms';
import { assertClean, assertFlags, rangeText } from '../../lint/ruleTesting';
import { rule } from './InvalidBaseImagePlatform';

const AMD64: Platform = { os: 'linux', architecture: 'amd64' };
const ARM64: Platform = { os: 'linux', architecture: 'arm64', variant: 'v8' };
/** The engine's platform and the local images' as the client reports them. */
const onEngine = (engine: Platform, images: Record<string, Platform>) => ({ buildContext: { platforms: { engine, images } } });

test('a stage built for the engine\'s platform on an image of another flags the image', () => {
  const text = 'FROM --platform=$BUILDPLATFORM golang:1.23 AS build\nFROM --platform=$TARGETPLATFORM golang:1.23\n';
  const findings = assertFlags(rule, text, [1, 2], onEngine(AMD64, { 'golang:1.23': ARM64 }));
  assert.equal(rangeText(text, findings[0]), 'golang:1.23');
  assert.equal(findings[0].message, 'Base image golang:1.23 was pulled with platform "linux/arm64", expected "linux/amd64" for current build');
});

test('the platform ARGs are the engine\'s, in --platform and in the image name', () => {
  const text = 'FROM --platform=$BUILDPLATFORM tools-${TARGETARCH}\nFROM --platform=${TARGETOS}/${TARGETARCH} alpine\n';
  const findings = assertFlags(rule, text, [1, 2], onEngine(ARM64, { 'tools-arm64': AMD64, alpine: AMD64 }));
  assert.equal(findings[0].message, 'Base image tools-arm64 was pulled with platform "linux/amd64", expected "linux/arm64" for current build');
});

test('a constant or ARG-given --platform is expected as written, normalised, and completed with the engine\'s', () => {
  const text = 'ARG PI=linux/arm/v7\nFROM --platform=$PI alpine AS pi\nFROM --platform=aarch64 busybox AS arm64\nFROM --platform=linux/arm64 debian\n';
  const findings = assertFlags(rule, text, [2, 3], onEngine(AMD64, { alpine: AMD64, busybox: AMD64, debian: ARM64 }));
  assert.match(findings[0].message!, /expected "linux\/arm\/v7"/);
  assert.match(findings[1].message!, /expected "linux\/arm64"/);
});

test('images are looked up by the name the FROM expands to', () => {
  const text = 'ARG BASE=node:22\nFROM --platform=$BUILDPLATFORM ${BASE}\n';
  const findings = assertFlags(rule, text, [2], onEngine(AMD64, { 'node:22': ARM64 }));
  assert.equal(rangeText(text, findings[0]), '${BASE}');
  assert.match(findings[0].message!, /^Base image node:22 /);
});

test('without --platform, only an image for another operating system is reported: the builder runs any architecture it can', () => {
  const images = { 'mcr.microsoft.com/windows/nanoserver:ltsc2022': { os: 'windows', architecture: 'amd64' }, alpine: ARM64 };
  const text = 'FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nFROM alpine\n';
  const findings = assertFlags(rule, text, [1], onEngine(AMD64, images));
  assert.match(findings[0].message!, /with platform "windows\/amd64", expected "linux\/amd64"/);
});

test('InvalidBaseImagePlatform is silent when the image fits, is not local, or the platform cannot be told', () => {
  const facts = onEngine(AMD64, { alpine: ARM64, build: ARM64, scratch: ARM64, 'arm32v6/alpine': { os: 'linux', architecture: 'arm', variant: 'v6' } });
  // Variants are not compared, as in BuildKit.
  assertClean(rule, 'FROM --platform=linux/arm/v7 arm32v6/alpine\n', facts);
  assertClean(rule, 'FROM --platform=$BUILDPLATFORM debian\n', facts);
  assertClean(rule, 'FROM --platform=linux/arm64 alpine\n', facts);
  // A stage, scratch, and values from outside the file or built from other variables.
  assertClean(rule, 'FROM --platform=$BUILDPLATFORM scratch AS build\nFROM --platform=$BUILDPLATFORM build\n', facts);
  assertClean(rule, 'ARG P\nFROM --platform=$P alpine\nFROM --platform= alpine\nFROM --platform=nonsense alpine\n', facts);
  assertClean(rule, 'ARG P=$BUILDPLATFORM\nFROM --platform=$P alpine\nFROM --platform=$BUILDPLATFORM $IMAGE\n', facts);
});

test('where no engine is asked (the CLI) there is nothing to compare with', () => {
  assertClean(rule, 'FROM --platform=$BUILDPLATFORM golang:1.23\n');
});
