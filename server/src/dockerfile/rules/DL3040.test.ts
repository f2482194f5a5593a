import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, assertFixResolves, assertFlags, rangeText } from '../../lint/ruleTesting';
import { rule } from './DL3040';

test('DL3040 flags dnf and microdnf installs their own clean does not follow', () => {
  const text = 'FROM fedora:40\nRUN dnf install -y mariadb-10.4\nRUN dnf install -y mariadb-10.4 && microdnf clean all\nRUN microdnf clean all && microdnf install -y mariadb-10.4';
  const findings = assertFlags(rule, text, [2, 3, 4]);
  assert.deepEqual(findings.map((f) => rangeText(text, f)), ['dnf install', 'dnf install', 'microdnf install']);
});

test('DL3040 fix appends the clean of the tool that installed', () => {
  const text = 'FROM fedora:40\nRUN microdnf install -y mariadb-10.4';
  assert.equal(assertFixResolves(rule, text, 2), 'FROM fedora:40\nRUN microdnf install -y mariadb-10.4 && microdnf clean all');
});

test('DL3040 accepts clean all, removing the cache, or a cache mount', () => {
  assertClean(
    rule,
    [
      'FROM fedora:40',
      'RUN dnf install -y mariadb-10.4 && dnf clean all',
      'RUN microdnf install -y mariadb-10.4 && microdnf clean all',
      'RUN dnf install -y mariadb-10.4 && rm -rf /var/cache/yum/*',
      'RUN --mount=type=cache,target=/var/cache/dnf dnf install -y mariadb-10.4',
      'RUN notdnf install mariadb',
    ].join('\n'),
  );
});
