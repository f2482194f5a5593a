import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DockerfileContext } from './context';
import { exposedPorts, hasKnownProtocol, readPortSpec } from './portSpecs';

test('readPortSpec splits host IP, host port, container port and protocol as BuildKit does', () => {
  assert.deepEqual(readPortSpec('80'), { hostIp: '', hostPort: '', containerPort: '80', protocol: '', protocolOffset: 2 });
  assert.deepEqual(readPortSpec('127.0.0.1:8080:80/UDP'), { hostIp: '127.0.0.1', hostPort: '8080', containerPort: '80', protocol: 'UDP', protocolOffset: 18 });
  assert.equal(readPortSpec('[::1]:53:53').hostIp, '[::1]');
  assert.equal(readPortSpec(':80').hostPort, '');
});

test('hasKnownProtocol accepts tcp, udp and sctp in any case, or none', () => {
  assert.ok(hasKnownProtocol(readPortSpec('80')));
  assert.ok(hasKnownProtocol(readPortSpec('80/Sctp')));
  assert.ok(!hasKnownProtocol(readPortSpec('80/http')));
});

test('exposedPorts lists the words of every EXPOSE, leaving out protocols the builder rejects', () => {
  const file = new DockerfileContext('FROM scratch\nEXPOSE 80 53/udp\nRUN true\nexpose 8080:80 1/http');
  assert.deepEqual(exposedPorts(file).map((p) => p.word), ['80', '53/udp', '8080:80']);
});
