import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, assertFlags, rangeText } from '../../lint/ruleTesting';
import { rule } from './ExposeInvalidFormat';

test('ExposeInvalidFormat flags host IPs and host ports, one finding per word', () => {
  const text = 'FROM scratch\nEXPOSE 80 8080:8080 443\nEXPOSE 127.0.0.1:80:80/udp [::1]:53:53';
  const findings = assertFlags(rule, text, [2, 3, 3]);
  assert.equal(rangeText(text, findings[0]), '8080:8080');
  assert.equal(findings[1].message, "EXPOSE instruction should not define an IP address or host-port mapping, found '127.0.0.1:80:80/udp'");
});

test('ExposeInvalidFormat is silent on container ports, ranges and protocols', () => {
  assertClean(rule, 'FROM scratch\nEXPOSE 80 80/tcp 8000-8100/udp $PORT');
});
