import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, assertFlags, rangeText } from '../../lint/ruleTesting';
import { rule } from './DL3049';

const schema = { ruleOptions: { labelSchema: { maintainer: 'email', 'org.opencontainers.image.version': 'semver' } } };

test('DL3049 flags the FROM of a stage without a schema label, once per missing label', () => {
  const text = 'FROM alpine:3.20\nLABEL maintainer="ops@example.com"\nFROM debian:12';
  const findings = assertFlags(rule, text, [1, 3, 3], schema);
  assert.deepEqual(findings.map((f) => rangeText(text, f)), ['FROM', 'FROM', 'FROM']);
  assert.deepEqual(findings.map((f) => f.message.match(/`([^`]+)`/)?.[1]).sort(), ['maintainer', 'org.opencontainers.image.version', 'org.opencontainers.image.version']);
});

test('DL3049 accepts labels inherited from a parent stage and forgives stages only copied from', () => {
  assertClean(
    rule,
    'FROM golang:1.23 AS build\nRUN go build ./...\nFROM alpine:3.20 AS base\nLABEL maintainer=ops@example.com org.opencontainers.image.version=1.2.0\nFROM base\nCOPY --from=build /out /app',
    schema,
  );
});

test('DL3049 is silent without a label schema', () => {
  assertClean(rule, 'FROM alpine:3.20');
});
