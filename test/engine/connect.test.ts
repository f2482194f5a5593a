// Connecting to real engines every way Berth supports: unix socket, TCP with TLS, ssh, and Docker
// contexts written by the real docker CLI; and what the user reads when nothing answers.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { connectEngine, type Engine } from '../../client/src/engine/connect';
import { resolveEndpoint } from '../../client/src/engine/endpoint';
import { BASE_IMAGE, startDockerEngine, type DockerEngine } from '../support/dockerEngine';
import { startSshServer, type SshServer } from '../support/sshServer';

let engine: DockerEngine;
let ssh: SshServer;
let containerId: string;
const opened: Engine[] = [];

function connect(hostSetting: string, env: NodeJS.ProcessEnv = {}): Engine {
  const connection = connectEngine(resolveEndpoint({ hostSetting, env, platform: 'linux' }));
  opened.push(connection);
  return connection;
}

async function listedIds(connection: Engine): Promise<string[]> {
  return (await connection.listContainers()).map((c) => c.Id);
}

before(async () => {
  engine = await startDockerEngine({ tls: true });
  containerId = (await engine.docker(['create', '--network', 'host', '--name', 'berth-connect', BASE_IMAGE, 'sleep', '1d'])).trim();
  ssh = await startSshServer(engine.dir, engine.host);
  process.env.PATH = `${ssh.binDir}:${process.env.PATH}`;
});

after(async () => {
  for (const connection of opened) connection.dispose();
  await ssh?.dispose();
  await engine?.dispose();
});

test('unix socket from berth.docker.host: the engine\'s containers and images', async () => {
  const connection = connect(engine.host);
  assert.deepEqual(await listedIds(connection), [containerId]);
  assert.deepEqual((await connection.listImages()).flatMap((i) => i.RepoTags ?? []), [BASE_IMAGE]);
});

test('tcp:// with DOCKER_TLS_VERIFY and DOCKER_CERT_PATH lists the same engine', async () => {
  const tls = engine.tls!;
  const connection = connect('', { DOCKER_HOST: tls.host, DOCKER_TLS_VERIFY: '1', DOCKER_CERT_PATH: tls.certDir });
  assert.deepEqual(await listedIds(connection), [containerId]);
});

test('tcp:// to a TLS port without TLS settings says TLS is required', async () => {
  await assert.rejects(connect(engine.tls!.host).ping(), (error: Error) => {
    assert.match(error.message, /^Cannot reach the Docker engine at tcp:\/\/127\.0\.0\.1:\d+: the engine requires TLS \(set DOCKER_TLS_VERIFY=1 and DOCKER_CERT_PATH/);
    return true;
  });
});

test('tcp:// with a CA that did not sign the engine\'s certificate fails as TLS, naming the endpoint', async () => {
  const wrongCa = join(engine.dir, 'wrong-ca');
  mkdirSync(wrongCa);
  const { makeTlsCertificates } = await import('../support/tlsCertificates');
  await makeTlsCertificates(wrongCa);
  const connection = connect(engine.tls!.host, { DOCKER_TLS_VERIFY: '1', DOCKER_CERT_PATH: wrongCa });
  await assert.rejects(connection.ping(), { message: /^Cannot reach the Docker engine at tcp:\/\/127\.0\.0\.1:\d+: TLS failed \(.*\); check DOCKER_CERT_PATH/ });
});

test('ssh:// runs `docker system dial-stdio` over the ssh command and lists the remote engine', async () => {
  const connection = connect(ssh.host);
  assert.deepEqual(await listedIds(connection), [containerId]);
  const inspected = (await connection.inspect('container', containerId)) as { Name: string };
  assert.equal(inspected.Name, '/berth-connect');
});

test('ssh:// to a port where no sshd listens reports ssh\'s own words', async () => {
  await assert.rejects(connect('ssh://root@127.0.0.1:1').ping(), { message: /^Cannot reach the Docker engine at ssh:\/\/root@127\.0\.0\.1:1: ssh failed: .*Connection refused/ });
});

test('contexts created and selected by the docker CLI in a temp HOME are followed, TLS material included', async () => {
  const home = join(engine.dir, 'ctx-home');
  mkdirSync(home);
  const cli = (args: string[]) => engine.docker(args, undefined, { HOME: home, DOCKER_CONFIG: undefined, DOCKER_HOST: undefined });
  const tls = engine.tls!;
  await cli(['context', 'create', 'berth-tls', '--docker', `host=${tls.host},ca=${tls.certDir}/ca.pem,cert=${tls.certDir}/cert.pem,key=${tls.certDir}/key.pem`]);
  await cli(['context', 'create', 'berth-unix', '--docker', `host=${engine.host}`]);
  await cli(['context', 'use', 'berth-tls']);

  const viaConfig = resolveEndpoint({ hostSetting: '', env: { HOME: home }, platform: 'linux' });
  assert.deepEqual([viaConfig.source, viaConfig.context, viaConfig.host, viaConfig.tls?.verify], ['context', 'berth-tls', tls.host, true]);
  const connection = connectEngine(viaConfig);
  opened.push(connection);
  assert.deepEqual(await listedIds(connection), [containerId]);

  const viaEnv = resolveEndpoint({ hostSetting: '', env: { HOME: home, DOCKER_CONTEXT: 'berth-unix' }, platform: 'linux' });
  assert.deepEqual([viaEnv.context, viaEnv.host, viaEnv.tls], ['berth-unix', engine.host, undefined]);
});

test('no socket: one sentence with the endpoint, the cause and what to do', async () => {
  const missing = join(engine.dir, 'missing.sock');
  await assert.rejects(connect(`unix://${missing}`).listContainers(), {
    message: `Cannot reach the Docker engine at unix://${missing}: no such socket. Start Docker, pick a context, or set berth.docker.host.`,
  });
});

test('an engine error names the reason the engine gave', async () => {
  await assert.rejects(connect(engine.host).containerAction('stop', 'no-such-container'), (error: Error & { kind?: string }) => {
    assert.equal(error.kind, 'engine');
    assert.match(error.message, /^No such container: no-such-container$/);
    return true;
  });
});
