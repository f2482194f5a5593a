import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, assertFixResolves, assertFlags, lintWith, rangeText } from '../../lint/ruleTesting';
import { rule } from './DL3027';

const tail = ' install -y --no-install-recommends curl=7.88.1 && rm -rf /var/lib/apt/lists/*';

test('DL3027 flags each apt command, on the program word', () => {
  const text = 'FROM ubuntu:24.04\nRUN apt update && apt list --installed';
  const findings = assertFlags(rule, text, [2, 2]);
  assert.deepEqual(findings.map((f) => rangeText(text, f)), ['apt', 'apt']);
});

test('DL3027 fix replaces apt with apt-get', () => {
  const text = `FROM ubuntu:24.04\nRUN apt-get update && apt${tail}`;
  assert.equal(assertFixResolves(rule, text, 2), `FROM ubuntu:24.04\nRUN apt-get update && apt-get${tail}`);
});

test('DL3027 fix keeps a path and works in exec form', () => {
  const shell = `FROM ubuntu:24.04\nRUN apt-get update && /usr/bin/apt${tail}`;
  assert.equal(assertFixResolves(rule, shell, 2), `FROM ubuntu:24.04\nRUN apt-get update && /usr/bin/apt-get${tail}`);
  const exec = 'FROM ubuntu:24.04\nRUN ["apt", "purge", "-y", "curl"]';
  assert.equal(assertFixResolves(rule, exec, 2), 'FROM ubuntu:24.04\nRUN ["apt-get", "purge", "-y", "curl"]');
});

test('DL3027 offers no fix for apt subcommands apt-get does not have', () => {
  const [finding] = lintWith(rule, 'FROM ubuntu:24.04\nRUN apt search curl');
  assert.equal(finding.fix, undefined);
});

test('DL3027 is silent on apt-get, apt-cache and words that merely contain apt', () => {
  assertClean(rule, 'FROM ubuntu:24.04\nRUN apt-get update && apt-cache policy curl && echo apt && aptitude --version');
});
