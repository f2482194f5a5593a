import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, assertFixResolves, assertFlags, rangeText } from '../../lint/ruleTesting';
import { rule } from './ExposeProtoCasing';

test('ExposeProtoCasing flags an upper- or mixed-case protocol and points at it', () => {
  const text = 'FROM scratch\nEXPOSE 80/TcP 8000-8100/UDP ${PORT}/SCTP';
  const findings = assertFlags(rule, text, [2, 2, 2]);
  assert.deepEqual(findings.map((f) => rangeText(text, f)), ['TcP', 'UDP', 'SCTP']);
  assert.equal(findings[0].message, "Defined protocol '80/TcP' in EXPOSE instruction should be lowercase");
});

test('ExposeProtoCasing is silent on lower-case, missing and unknown protocols', () => {
  assertClean(rule, 'FROM scratch\nEXPOSE 80 80/tcp 53/udp 9/sctp 1/HTTP');
});

test('the fix lower-cases the protocol', () => {
  assert.equal(assertFixResolves(rule, 'FROM scratch\nEXPOSE 80/TCP', 2), 'FROM scratch\nEXPOSE 80/tcp');
});
