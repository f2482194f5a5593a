// Compose commands against a private engine with docker-compose (v1; this machine's docker CLI has
// no compose plugin), through the modules the commands use: the CLI is detected, up starts the
// chosen services of a two-service project (override file included, a profile's service only when
// its profile is on), the web service answers on 127.0.0.1, and down removes everything.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { composeFiles, detectCompose, startCompose, COMPOSE_MISSING, ComposeMissingError, type ComposeCli, type ComposeRequest } from '../../client/src/commands/compose/composeCli';
import { findDocker } from '../../client/src/commands/containers/shellArguments';
import type { Engine } from '../../client/src/engine/connect';
import { connectToHost } from '../support/engineConnection';
import { startDockerEngine, type DockerEngine } from '../support/dockerEngine';
import { engineService } from '../support/composeServices';
import { getLocal } from '../support/httpGet';
import { freeLoopbackPort } from '../support/ports';

let docker: DockerEngine;
let engine: Engine;
let project: string;
let cli: ComposeCli;
let webPort: number;

const COMPOSE = `services:
${engineService('web', { command: '["httpd", "-f", "-p", "127.0.0.1:${WEB_PORT}", "-h", "/www"]' })}${engineService('worker')}${engineService('debug', { keys: ['profiles: [tools]'] })}`;
const OVERRIDE = `services:
  worker:
    environment:
      FROM_OVERRIDE: "yes"
`;

before(async () => {
  docker = await startDockerEngine();
  engine = connectToHost(docker.host);
  project = mkdtempSync(join(tmpdir(), 'berth-compose-'));
  writeFileSync(join(project, 'docker-compose.yml'), COMPOSE);
  writeFileSync(join(project, 'docker-compose.override.yml'), OVERRIDE);
  webPort = await freeLoopbackPort();
  cli = await detectCompose('/usr/local/bin/docker', docker.env);
});

after(async () => {
  engine?.dispose();
  await docker?.dispose();
  rmSync(project, { recursive: true, force: true });
});

async function compose(request: Omit<ComposeRequest, 'files'>): Promise<{ code: number | null; output: string }> {
  let output = '';
  const { running } = startCompose(cli, { ...request, files: composeFiles(join(project, 'docker-compose.yml'), cli.version) }, {
    env: { ...docker.env, WEB_PORT: String(webPort), COMPOSE_PROJECT_NAME: 'berthtest' },
    onOutput: (_stream, text) => (output += text),
  });
  const { code } = await running.exited;
  return { code, output };
}

async function projectContainers(): Promise<Map<string, { state: string; env: string[] }>> {
  const listed = (await engine.listContainers()).filter((c) => c.Labels['com.docker.compose.project'] === 'berthtest');
  const result = new Map<string, { state: string; env: string[] }>();
  for (const container of listed) {
    const inspected = (await engine.inspect('container', container.Id)) as { Config: { Env: string[] } };
    result.set(container.Labels['com.docker.compose.service'], { state: container.State, env: inspected.Config.Env });
  }
  return result;
}

test('without the compose plugin, docker-compose (v1) is found; with neither, the message says what to install', async () => {
  assert.equal(cli.version, 'v1');
  await assert.rejects(detectCompose(undefined, docker.env, join(project, 'no-such-docker-compose')), ComposeMissingError);
});

test('with a PATH holding neither `docker compose` nor `docker-compose`, detection as the commands run it gives the message naming both', async () => {
  // A PATH with only the docker CLI (no compose plugin in the engine's private HOME), and one with nothing.
  const onlyDocker = join(project, 'only-docker');
  mkdirSync(onlyDocker);
  symlinkSync('/usr/local/bin/docker', join(onlyDocker, 'docker'));
  for (const PATH of [onlyDocker, join(project, 'empty')]) {
    const env = { ...docker.env, PATH };
    await assert.rejects(detectCompose(findDocker(env), env), (error: Error) => {
      assert.ok(error instanceof ComposeMissingError);
      assert.equal(error.message, COMPOSE_MISSING);
      assert.match(error.message, /`docker compose`.*`docker-compose`.*Install Docker Compose/);
      return true;
    });
  }
});

test('up starts the services of the project with the override file applied, a profile service only with its profile', async () => {
  const up = await compose({ verb: 'up' });
  assert.equal(up.code, 0, up.output);
  let containers = await projectContainers();
  assert.deepEqual([...containers.keys()].sort(), ['web', 'worker']);
  assert.ok([...containers.values()].every((c) => c.state === 'running'));
  assert.ok(containers.get('worker')!.env.includes('FROM_OVERRIDE=yes'), 'the override file was included');
  assert.equal(await getLocal(webPort), 'hi\n');

  const withProfile = await compose({ verb: 'up', profiles: ['tools'], services: ['debug'] });
  assert.equal(withProfile.code, 0, withProfile.output);
  containers = await projectContainers();
  assert.equal(containers.get('debug')?.state, 'running');
});

test('restart restarts, and down (with its profiles) removes every container of the project', async () => {
  const restart = await compose({ verb: 'restart', services: ['worker'] });
  assert.equal(restart.code, 0, restart.output);
  assert.match(restart.output, /Restarting berthtest_worker_1/);
  const down = await compose({ verb: 'down', profiles: ['tools'] });
  assert.equal(down.code, 0, down.output);
  assert.deepEqual([...(await projectContainers()).keys()], []);
});
