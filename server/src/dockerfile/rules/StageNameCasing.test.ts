import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, assertClean, assertFixResolves, assertFlags, lintWith, rangeText } from '../../lint/ruleTesting';
import { rule } from './StageNameCasing';

test('StageNameCasing flags a stage name with capitals and points at the name', () => {
  const text = 'FROM alpine:3.20 AS BadStageName\nFROM alpine:3.20 AS good';
  const [finding] = assertFlags(rule, text, [1]);
  assert.equal(rangeText(text, finding), 'BadStageName');
  assert.equal(finding.message, "Stage name 'BadStageName' should be lowercase");
});

test('StageNameCasing is silent on lower-case names, unnamed stages and a capitalised image', () => {
  assertClean(rule, 'FROM alpine:3.20 AS build-1.x_y\nFROM Alpine\nFROM scratch');
});

test('the fix lower-cases the name and its references in FROM, COPY --from and RUN --mount from=', () => {
  const text = [
    'FROM golang:1.23 AS Builder',
    'FROM Builder AS test',
    'RUN --mount=type=bind,from=Builder,target=/src go test ./...',
    'FROM alpine:3.20',
    'COPY --from=Builder /out/app /app',
    'COPY --from=0 /etc/passwd /etc/passwd',
  ].join('\n');
  const fixed = assertFixResolves(rule, text, 1);
  assert.equal(
    fixed,
    [
      'FROM golang:1.23 AS builder',
      'FROM builder AS test',
      'RUN --mount=type=bind,from=builder,target=/src go test ./...',
      'FROM alpine:3.20',
      'COPY --from=builder /out/app /app',
      'COPY --from=0 /etc/passwd /etc/passwd',
    ].join('\n'),
  );
});

test('the fix leaves alone references that reach another stage of the same name', () => {
  const text = 'FROM alpine AS Base\nFROM alpine AS base\nCOPY --from=base /a /a';
  const [finding] = lintWith(rule, text);
  assert.equal(applyFix(text, finding), 'FROM alpine AS base\nFROM alpine AS base\nCOPY --from=base /a /a');
  assert.equal(finding.fix?.edits.length, 1);
});
