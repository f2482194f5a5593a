import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, assertFlags, rangeText } from '../../lint/ruleTesting';
import { rule } from './DL3006';

test('DL3006 flags an untagged image, named stage or not', () => {
  const text = 'FROM debian AS builder\nRUN make';
  const [finding] = assertFlags(rule, text, [1]);
  assert.equal(rangeText(text, finding), 'debian');
  assertFlags(rule, 'FROM golang:1.23 AS build\nFROM node AS test', [2]);
});

test('DL3006 reads a registry port as part of the name, not as a tag', () => {
  const text = 'FROM registry.local:5000/team/app';
  const [finding] = assertFlags(rule, text, [1]);
  assert.equal(rangeText(text, finding), 'registry.local:5000/team/app');
});

test('DL3006 is silent on tags, digests, scratch, variables and earlier stages', () => {
  assertClean(rule, 'FROM ruby:3.3\nFROM ruby@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\nFROM scratch');
  assertClean(rule, 'ARG BASE=alpine:3.20\nFROM ${BASE}\nFROM $BASE');
  assertClean(rule, 'FROM golang:1.23 AS Build\nRUN go build\nFROM build AS test\nRUN go test');
});
