import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ContainerInfo } from '../../engine/connect';
import { formatPort, portUrl, publishedPorts } from './ports';

const withPorts = (Ports: ContainerInfo['Ports']) => ({ Ports }) as ContainerInfo;

test('published ports once each (IPv4 and IPv6 listings merged), exposed-only ports left out', () => {
  const ports = publishedPorts(withPorts([
    { IP: '0.0.0.0', PrivatePort: 80, PublicPort: 8080, Type: 'tcp' },
    { IP: '::', PrivatePort: 80, PublicPort: 8080, Type: 'tcp' },
    { IP: '127.0.0.1', PrivatePort: 5432, PublicPort: 5432, Type: 'tcp' },
    { IP: '', PrivatePort: 9000, PublicPort: 0, Type: 'tcp' },
  ]));
  assert.deepEqual(ports.map(formatPort), ['127.0.0.1:5432→5432/tcp', '8080→80/tcp']);
});

test('a port opens on its host IP, else the remote engine\'s host, else localhost', () => {
  const any = { hostIp: '', hostPort: 8080, containerPort: 80, protocol: 'tcp' };
  const local = { host: 'unix:///var/run/docker.sock', source: 'default' as const, context: undefined, tls: undefined };
  assert.equal(portUrl(any, local), 'http://localhost:8080');
  assert.equal(portUrl(any, { ...local, host: 'ssh://me@build-box:2222' }), 'http://build-box:8080');
  assert.equal(portUrl(any, { ...local, host: 'tcp://[fd00::1]:2376' }), 'http://[fd00::1]:8080');
  assert.equal(portUrl({ ...any, hostIp: '127.0.0.1', containerPort: 443 }, local), 'https://127.0.0.1:8080');
});
