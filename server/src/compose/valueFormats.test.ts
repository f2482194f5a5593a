import { test } from 'node:test';
import assert from 'node:assert/strict';
import { byteSizeProblem, durationProblem, exposedPortProblem, parsePortMapping } from './valueFormats';

test('port mappings read as Docker reads them', () => {
  assert.deepEqual(parsePortMapping('8080:80'), { hostIp: '', host: [8080, 8080], container: [80, 80], protocol: 'tcp' });
  assert.deepEqual(parsePortMapping('127.0.0.1:5000-5010:5000-5010/udp'), { hostIp: '127.0.0.1', host: [5000, 5010], container: [5000, 5010], protocol: 'udp' });
  assert.deepEqual(parsePortMapping('[::1]:6001:6001'), { hostIp: '::1', host: [6001, 6001], container: [6001, 6001], protocol: 'tcp' });
  assert.deepEqual(parsePortMapping('::1:6000:6000'), { hostIp: '::1', host: [6000, 6000], container: [6000, 6000], protocol: 'tcp' });
  assert.deepEqual(parsePortMapping('127.0.0.1::80'), { hostIp: '127.0.0.1', container: [80, 80], protocol: 'tcp' });
  assert.deepEqual(parsePortMapping('3000'), { hostIp: '', container: [3000, 3000], protocol: 'tcp' });
  assert.deepEqual(parsePortMapping('8000-9000:80'), { hostIp: '', host: [8000, 9000], container: [80, 80], protocol: 'tcp' });
});

test('malformed port mappings say what is wrong', () => {
  assert.equal(parsePortMapping('80:80/http'), 'the protocol `http` is not tcp, udp or sctp');
  assert.equal(parsePortMapping('70000:80'), 'host port: 70000 is outside 0 to 65535');
  assert.equal(parsePortMapping('8080:web'), 'container port: `web` is not a port number');
  assert.equal(parsePortMapping('9090-9091:8080-8082'), 'the host and container port ranges differ in size');
  assert.equal(parsePortMapping('localhost:80:80'), 'host address: `localhost` is not an IP address');
  assert.equal(parsePortMapping(':80'), 'host port: nothing before `:`');
});

test('exposed ports, durations and sizes', () => {
  assert.equal(exposedPortProblem('9100-9110/tcp'), undefined);
  assert.equal(exposedPortProblem('0'), '0 is outside 1 to 65535');
  assert.equal(durationProblem('1m30s'), undefined);
  assert.match(durationProblem('30')!, /a duration is a number with a unit/);
  assert.match(durationProblem('10 s')!, /a duration is a number with a unit/);
  for (const size of ['512m', '1.5GB', '64 MiB', '1024', '2g', '-1']) assert.equal(byteSizeProblem(size), undefined, size);
  for (const size of ['lots', '1gigabyte', '5 m b']) assert.ok(byteSizeProblem(size), size);
});
