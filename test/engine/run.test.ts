// Run Image against a private engine, through the modules the command uses: the ports an image
// exposes prefill the run, a detached run created and started through the engine connection serves
// on 127.0.0.1 (host network: the test engine has no bridge), and a container that cannot start is
// removed rather than left half-made.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ImageInspectInfo } from 'dockerode';
import type { Engine } from '../../client/src/engine/connect';
import { startBuild } from '../../client/src/commands/images/buildRunner';
import { createAndStart, portsFromExposed, RunError } from '../../client/src/commands/images/runSpec';
import { connectToHost } from '../support/engineConnection';
import { BASE_IMAGE, startDockerEngine, type DockerEngine } from '../support/dockerEngine';
import { getLocal } from '../support/httpGet';
import { freeLoopbackPort } from '../support/ports';

let docker: DockerEngine;
let engine: Engine;
let scratch: string;

before(async () => {
  docker = await startDockerEngine();
  engine = connectToHost(docker.host);
  scratch = mkdtempSync(join(tmpdir(), 'berth-run-test-'));
});

after(async () => {
  engine?.dispose();
  await docker?.dispose();
  rmSync(scratch, { recursive: true, force: true });
});

test("an image's EXPOSEd ports prefill the run's published ports", async () => {
  const dir = join(scratch, 'exposed');
  mkdirSync(dir);
  writeFileSync(join(dir, 'Dockerfile'), `FROM ${BASE_IMAGE}\nEXPOSE 8080 53/udp\n`);
  const tag = 'berth-test/exposed:1';
  const result = await startBuild({ dockerfile: join(dir, 'Dockerfile'), context: dir, tag, network: 'none' }, { docker: '/usr/bin/docker', env: docker.env, builder: 'buildkit' }).result;
  assert.equal(result.outcome, 'succeeded');
  const image = (await engine.inspect('image', tag)) as ImageInspectInfo;
  assert.deepEqual(portsFromExposed(image.Config.ExposedPorts), ['53:53/udp', '8080:8080']);
});

test('a detached run is created and started through the engine and its server answers on 127.0.0.1', async () => {
  const port = await freeLoopbackPort();
  const id = await createAndStart(engine, {
    image: BASE_IMAGE,
    name: 'berth-run-httpd',
    network: 'host',
    init: true,
    env: ['GREETING=hi'],
    command: ['httpd', '-f', '-p', `127.0.0.1:${port}`, '-h', '/www'],
  });
  const listed = await engine.listContainer(id);
  assert.equal(listed?.State, 'running');
  assert.deepEqual(listed?.Names, ['/berth-run-httpd']);
  assert.equal(await getLocal(port), 'hi\n');
  await engine.remove('container', id, { force: true });
});

test('a container that cannot start is removed, and the error says so', async () => {
  const error = await createAndStart(engine, { image: BASE_IMAGE, name: 'berth-run-broken', network: 'none', command: ['/no/such/program'] }).catch((e: unknown) => e);
  assert.ok(error instanceof RunError, String(error));
  assert.match(error.message, /Could not start container berth-run-broken: .*no such file or directory/i);
  assert.match(error.message, /Berth removed container berth-run-broken it had created\.$/);
  const left = (await engine.listContainers()).filter((c) => c.Names.includes('/berth-run-broken'));
  assert.deepEqual(left, []);
});
