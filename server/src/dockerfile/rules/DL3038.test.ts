import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, assertFixResolves, assertFlags, rangeText } from '../../lint/ruleTesting';
import { rule } from './DL3038';

test('DL3038 flags dnf and microdnf installs without -y', () => {
  const text = 'FROM fedora:40\nRUN dnf install httpd-2.4.62 && microdnf install jq-1.7.1 && dnf clean all';
  const findings = assertFlags(rule, text, [2, 2]);
  assert.deepEqual(findings.map((f) => rangeText(text, f)), ['dnf install', 'microdnf install']);
});

test('DL3038 fix adds -y after install, in exec form too', () => {
  const text = 'FROM fedora:40\nRUN ["dnf", "install", "httpd-2.4.62"]';
  assert.equal(assertFixResolves(rule, text, 2), 'FROM fedora:40\nRUN ["dnf", "install", "-y", "httpd-2.4.62"]');
});

test('DL3038 accepts -y and --assumeyes; notdnf is not dnf', () => {
  assertClean(rule, 'FROM fedora:40\nRUN dnf -y install httpd-2.4.62 && dnf group install --assumeyes "C Development Tools" && notdnf install x && dnf clean all');
});
