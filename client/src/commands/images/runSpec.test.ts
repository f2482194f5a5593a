import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ContainerCreateOptions } from 'dockerode';
import { EngineError } from '../../engine/errors';
import { createAndStart, createOptions, interactiveRunArguments, parsePort, portsFromExposed, RunError, runSpecProblem, volumeProblem, type ContainerApi } from './runSpec';

test('port specs: host and container ports, an address, a protocol, or the container port alone', () => {
  assert.deepEqual(parsePort('8080:80'), { containerPort: '80/tcp', hostIp: undefined, hostPort: '8080' });
  assert.deepEqual(parsePort('127.0.0.1:8080:80/udp'), { containerPort: '80/udp', hostIp: '127.0.0.1', hostPort: '8080' });
  assert.deepEqual(parsePort('[::1]:53:53/udp'), { containerPort: '53/udp', hostIp: '::1', hostPort: '53' });
  assert.deepEqual(parsePort('80'), { containerPort: '80/tcp', hostIp: undefined, hostPort: undefined });
  for (const bad of ['', 'http', '8080:', '70000:80', '80/icmp', '1:2:3:4']) assert.equal(parsePort(bad), undefined, bad);
});

test('exposed ports become specs on the same host port', () => {
  assert.deepEqual(portsFromExposed({ '8080/tcp': {}, '53/udp': {}, '9000': {} }), ['53:53/udp', '8080:8080', '9000:9000']);
  assert.deepEqual(portsFromExposed(null), []);
});

test('volumes and the first problem of a spec', () => {
  assert.equal(volumeProblem('/data:/var/lib/data:ro'), undefined);
  assert.equal(volumeProblem('cache:/cache'), undefined);
  assert.equal(volumeProblem('C:\\data:/data'), undefined);
  assert.match(volumeProblem('/data')!, /not a volume/);
  assert.match(volumeProblem('/a:relative')!, /not a volume/);
  assert.match(volumeProblem('/a:/b:rx')!, /not a volume mode/);
  assert.match(runSpecProblem({ image: 'app', env: ['NOVALUE'] })!, /KEY=value/);
  assert.match(runSpecProblem({ image: 'app', name: 'bad name' })!, /not a container name/);
  assert.equal(runSpecProblem({ image: 'app', ports: ['8080:80'], env: ['A=b=c'], volumes: ['v:/v'] }), undefined);
});

test('the create body publishes, mounts and sets the network; the interactive run has one argument per value', () => {
  const spec = { image: 'app:1', name: 'web', ports: ['8080:80', '127.0.0.1:9090:90/udp'], env: ['A=x y'], volumes: ['/d:/d:ro'], network: 'host', init: true, command: ['sh', '-c', 'echo $A'] };
  assert.deepEqual(createOptions(spec), {
    name: 'web',
    Image: 'app:1',
    Env: ['A=x y'],
    ExposedPorts: { '80/tcp': {}, '90/udp': {} },
    Cmd: ['sh', '-c', 'echo $A'],
    HostConfig: {
      PortBindings: { '80/tcp': [{ HostIp: '', HostPort: '8080' }], '90/udp': [{ HostIp: '127.0.0.1', HostPort: '9090' }] },
      Binds: ['/d:/d:ro'],
      NetworkMode: 'host',
      Init: true,
    },
  });
  assert.deepEqual(interactiveRunArguments(spec), [
    'run', '-it', '--name', 'web', '--publish', '8080:80', '--publish', '127.0.0.1:9090:90/udp', '--env', 'A=x y',
    '--volume', '/d:/d:ro', '--network', 'host', '--init', 'app:1', 'sh', '-c', 'echo $A',
  ]);
});

/** An engine whose start fails with `startError`; records what was removed. */
function failingStart(startError: Error): ContainerApi & { removed: string[] } {
  return {
    removed: [],
    async createContainer(_options: ContainerCreateOptions) {
      return 'c0ffee0000000000';
    },
    async containerAction() {
      throw startError;
    },
    async remove(_kind, id) {
      this.removed.push(id);
    },
  };
}

test('a port already in use is named, and the half-created container is removed and the user told', async () => {
  const reason = 'driver failed programming external connectivity on endpoint web (c0ffee): Bind for 0.0.0.0:8080 failed: port is already allocated';
  const engine = failingStart(new EngineError('engine', 'unix:///x.sock', reason, 500, reason));
  const error = await createAndStart(engine, { image: 'app', name: 'web', ports: ['8080:80'] }).catch((e: unknown) => e);
  assert.ok(error instanceof RunError);
  assert.equal(error.portInUse, '8080');
  assert.match(error.message, /^Port 8080 is already in use on the host/);
  assert.match(error.message, /Berth removed container web it had created\.$/);
  assert.deepEqual(engine.removed, ['c0ffee0000000000']);
});

test("Docker's newer wording (userland proxy) is also a port in use", async () => {
  const reason = 'failed to set up container networking: driver failed programming external connectivity on endpoint x: failed to bind host port for 0.0.0.0:9000:172.17.0.2:80/tcp: address already in use';
  const error = (await createAndStart(failingStart(new Error(reason)), { image: 'app' }).catch((e: unknown) => e)) as RunError;
  assert.ok(error.portInUse !== undefined);
  assert.match(error.message, /already in use on the host/);
});
