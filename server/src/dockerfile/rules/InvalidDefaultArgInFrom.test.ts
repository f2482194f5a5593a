import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, assertFlags, rangeText } from '../../lint/ruleTesting';
import { isImageReference, rule } from './InvalidDefaultArgInFrom';

test('InvalidDefaultArgInFrom flags a FROM that is empty or invalid with the defaults alone', () => {
  const text = 'ARG VERSION\nARG IMAGE\nARG SFX="box:"\nFROM busybox:$VERSION\nFROM $IMAGE\nFROM busy${SFX}\nFROM ${UNDECLARED}';
  const findings = assertFlags(rule, text, [4, 5, 6, 7]);
  assert.equal(rangeText(text, findings[0]), 'busybox:$VERSION');
  assert.equal(findings[0].message, 'Default value for ARG busybox:$VERSION results in empty or invalid base image name');
  assert.equal(findings[1].message, 'Default value for ARG $IMAGE results in empty or invalid base image name');
});

test('InvalidDefaultArgInFrom is silent when the defaults give a valid image', () => {
  assertClean(rule, 'ARG VERSION="latest"\nARG VARIANT=""\nARG EMPTY\nFROM busybox:${VERSION}\nFROM busybox:stable${VARIANT}\nFROM busybox:stable${EMPTY}\nFROM busybox:${EMPTY:-1.36}\nFROM --platform=$BUILDPLATFORM golang:1.23-${TARGETOS}');
});

test('a FROM without variables, or with a value passed in from outside, is not judged', () => {
  assertClean(rule, 'FROM Not_A:valid:ref\nFROM ${HTTP_PROXY}');
});

test('isImageReference follows the reference grammar', () => {
  for (const good of ['alpine', 'scratch', 'library/alpine:3.20', 'ghcr.io/org/app:1.2', 'localhost:5000/a/b', 'a@sha256:' + 'a'.repeat(64), 'My.Registry:443/x']) assert.ok(isImageReference(good), good);
  for (const bad of ['', 'busybox:', 'Busybox', 'a:b:c', 'a//b', '-a', 'a:' + 'x'.repeat(129), 'f'.repeat(64)]) assert.ok(!isImageReference(bad), bad);
});
