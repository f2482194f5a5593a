import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, assertFlags, rangeText } from '../../lint/ruleTesting';
import { rule } from './DL3007';

test('DL3007 flags the latest tag', () => {
  const text = 'FROM golang:latest\nWORKDIR /app';
  const [finding] = assertFlags(rule, text, [1]);
  assert.equal(rangeText(text, finding), 'latest');
});

test('DL3007 flags latest in a later stage', () => {
  assertFlags(rule, 'FROM alpine:3.20 AS base\nFROM debian:latest', [2]);
});

test('DL3007 is silent on release tags, digests and untagged images', () => {
  assertClean(rule, 'FROM golang:1.23\nFROM debian:latest@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\nFROM scratch');
});
