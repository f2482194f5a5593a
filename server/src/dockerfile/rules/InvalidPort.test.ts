import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, assertFlags, rangeText } from '../../lint/ruleTesting';
import { rule } from './InvalidPort';

test('InvalidPort flags names, unknown protocols and backwards ranges, each on its own word', () => {
  const text = 'FROM nginx\nEXPOSE 80 http\nEXPOSE 443/https 9000-8000';
  const findings = assertFlags(rule, text, [2, 3, 3]);
  assert.deepEqual(findings.map((f) => rangeText(text, f)), ['http', '443/https', '9000-8000']);
  assert.match(findings[1].message, /tcp, udp and sctp/);
});

test('InvalidPort leaves port range, protocol case, host parts and variables to others', () => {
  assertClean(rule, 'FROM nginx\nEXPOSE 80 53/udp 8000-8010/tcp 132/sctp\nEXPOSE 80/TCP 70000\nEXPOSE 127.0.0.1:8080:80\nEXPOSE $PORT ${PORT}/udp');
});
