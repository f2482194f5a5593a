import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, assertFixResolves, assertFlags, rangeText } from '../../lint/ruleTesting';
import { rule } from './DL3025';

test('DL3025 flags shell-form CMD and ENTRYPOINT on their arguments', () => {
  const text = 'FROM node:22 AS foo\nENTRYPOINT something\nCMD run --fast';
  const findings = assertFlags(rule, text, [2, 3]);
  assert.equal(rangeText(text, findings[1]), 'run --fast');
});

test('DL3025 takes arguments that are not a JSON array of strings for shell form, as the builder does', () => {
  assertFlags(rule, 'FROM alpine:3.20\nCMD ["a", b]\nCMD ["a"] extra\nCMD [1]', [2, 3, 4]);
});

test('DL3025 is silent on exec form, including an empty array and strings broken across lines', () => {
  assertClean(rule, 'FROM scratch\nCMD ["foo", "bar"]\nCMD [ "foo", "bar" ]\nENTRYPOINT []');
  assertClean(rule, 'FROM scratch\nCMD [ "/bin/sh", "-c", \\\n      "echo foo && \\\n       echo bar" \\\n    ]');
});

test('DL3025 is silent when a SHELL is in effect, in the stage or a stage it builds on, as BuildKit is', () => {
  assertClean(rule, 'FROM alpine:3.20\nSHELL ["/bin/ash", "-eo", "pipefail", "-c"]\nCMD echo "hello world"');
  assertClean(rule, 'FROM alpine:3.20 AS base\nSHELL ["/bin/ash", "-c"]\nFROM base\nCMD echo hi');
  assertFlags(rule, 'FROM alpine:3.20\nCMD echo hi\nSHELL ["/bin/ash", "-c"]', [2]);
});

test('DL3025 fix writes plain words as a JSON array, dropping a leading exec', () => {
  assert.equal(assertFixResolves(rule, 'FROM node:22-slim\nCMD node server.js --port=8080', 2), 'FROM node:22-slim\nCMD ["node", "server.js", "--port=8080"]');
  assert.equal(assertFixResolves(rule, 'FROM python:3.12-slim\nCMD exec gunicorn \\\n  app:app', 2), 'FROM python:3.12-slim\nCMD ["gunicorn", "app:app"]');
  assert.equal(assertFixResolves(rule, 'FROM alpine:3.20\nENTRYPOINT /usr/local/bin/run', 2), 'FROM alpine:3.20\nENTRYPOINT ["/usr/local/bin/run"]');
});

test('DL3025 offers no fix where only a shell gives the words their meaning', () => {
  const text = [
    'FROM alpine:3.20',
    'CMD echo "hello world"',
    'CMD run $PORT',
    'CMD a && b',
    'CMD cd /app',
    'CMD FOO=1 run',
    'CMD ls *.txt',
  ].join('\n');
  const findings = assertFlags(rule, text, [2, 3, 4, 5, 6, 7]);
  assert.deepEqual(findings.map((f) => f.fix), findings.map(() => undefined));
});

test('DL3025 offers no fix for ENTRYPOINT when the stage has a CMD it would start passing along', () => {
  const [finding] = assertFlags(rule, 'FROM alpine:3.20\nENTRYPOINT run\nCMD ["--help"]', [2]);
  assert.equal(finding.fix, undefined);
});
