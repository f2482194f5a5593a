import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, assertFlags, rangeText } from '../../lint/ruleTesting';
import { rule } from './DL3041';

test('DL3041 flags dnf and microdnf packages and modules without a version', () => {
  const text = 'FROM fedora:40\nRUN dnf install -y tomcat && microdnf install -y rpm-sign && dnf module install -y nodejs && dnf clean all';
  const findings = assertFlags(rule, text, [2, 2, 2]);
  assert.deepEqual(findings.map((f) => rangeText(text, f)), ['tomcat', 'rpm-sign', 'nodejs']);
});

test('DL3041 accepts versions, epochs, variables and module streams; leaves other programs alone', () => {
  assertClean(
    rule,
    [
      'FROM fedora:40',
      'RUN dnf install -y tomcat-9.0.1 rpm-sign-4.16.1.3 gcc-c++-1.1.1 openssl-1:1.1.1k "git-core-${GIT_VER}" && dnf clean all',
      'RUN microdnf module install -y tomcat:9 && microdnf clean all',
      'RUN notdnf install tomcat && dnf group install -y "C Development Tools"',
    ].join('\n'),
  );
});
