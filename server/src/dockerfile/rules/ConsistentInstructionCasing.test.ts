import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, assertFixResolves, assertFlags, rangeText } from '../../lint/ruleTesting';
import { rule } from './ConsistentInstructionCasing';

test('ConsistentInstructionCasing flags keywords outside the majority case', () => {
  const text = 'FROM scratch\ncopy Dockerfile /foo\nCOPY Dockerfile /bar';
  const [finding] = assertFlags(rule, text, [2]);
  assert.equal(rangeText(text, finding), 'copy');
  assert.equal(finding.message, "Command 'copy' should match the case of the command majority (uppercase)");
});

test('the majority can be lower case, and a mixed-case keyword is always flagged', () => {
  const text = 'FROM scratch\ncopy Dockerfile /foo\ncopy Dockerfile /bar\ncopy Dockerfile /baz\nWorkdir /x';
  const findings = assertFlags(rule, text, [1, 5]);
  assert.equal(findings[0].message, "Command 'FROM' should match the case of the command majority (lowercase)");
  assert.equal(findings[1].message, "Command 'Workdir' should match the case of the command majority (lowercase)");
  assertFlags(rule, 'frOM scratch as base\nfrom scratch as base2', [1]);
});

test('a tie goes to upper case', () => {
  const [finding] = assertFlags(rule, 'from scratch\nCOPY a /a', [1]);
  assert.match(finding.message, /uppercase/);
});

test('ConsistentInstructionCasing is silent on a consistent file, ignores ARGs before FROM and heredoc bodies', () => {
  assertClean(rule, 'from scratch\ncopy Dockerfile /foo\ncopy Dockerfile /bar');
  assertClean(rule, 'arg base=alpine\nARG TAG=3.20\nFROM $base:$TAG\nRUN <<EOT\nenv\nEOT');
});

test('the fix rewrites the keyword in the majority case', () => {
  const text = 'FROM alpine:3.20\nrun apk add --no-cache curl\nCOPY app.sh /usr/local/bin/app.sh';
  assert.equal(assertFixResolves(rule, text, 2), 'FROM alpine:3.20\nRUN apk add --no-cache curl\nCOPY app.sh /usr/local/bin/app.sh');
});
