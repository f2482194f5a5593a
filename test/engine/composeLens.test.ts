// The Compose CodeLens's state computation against real containers: a two-service project brought
// up with docker-compose (v1) on a private engine, in a folder whose name Compose must normalise,
// is found by the project name Berth computes; its services' states follow the engine's events
// (the labels on each event are how the lens tells its projects' events from the rest).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { composeFiles, detectCompose, startCompose, type ComposeCli, type ComposeRequest } from '../../client/src/commands/compose/composeCli';
import { runToEnd } from '../../client/src/commands/process/childProcess';
import { composeProjectName } from '../../client/src/compose/projectName';
import { changesServiceState, PROJECT_LABEL, serviceStates } from '../../client/src/compose/serviceStates';
import type { Engine } from '../../client/src/engine/connect';
import { followEngineEvents, type EventFollower } from '../../client/src/engine/sharedEvents';
import { connectToHost } from '../support/engineConnection';
import { startDockerEngine, type DockerEngine } from '../support/dockerEngine';
import { engineService } from '../support/composeServices';

const COMPOSE = `services:
${engineService('web', { keys: ['healthcheck:', '  test: ["CMD", "true"]', '  interval: 1s'] })}${engineService('worker', { command: '["sh", "-c", "exit 3"]' })}`;
const SERVICES = ['web', 'worker'];
const WAIT_MS = 30_000;

let docker: DockerEngine;
let engine: Engine;
let scratch: string;
let file: string;
let cli: ComposeCli;
let env: NodeJS.ProcessEnv;
let project: string;
let follower: EventFollower;
/** Called after each event that may change a state of the project. */
let onStateEvent = () => {};

before(async () => {
  docker = await startDockerEngine();
  engine = connectToHost(docker.host);
  scratch = mkdtempSync(join(tmpdir(), 'berth-lens-'));
  const directory = join(scratch, 'Berth.Lens_Test');
  mkdirSync(directory);
  file = join(directory, 'docker-compose.yml');
  writeFileSync(file, COMPOSE);
  env = { ...docker.env };
  delete env.COMPOSE_PROJECT_NAME;
  cli = await detectCompose('/usr/local/bin/docker', env);
  project = composeProjectName({ directory, env });
  await new Promise<void>((resolve, reject) => {
    follower = followEngineEvents(engine, {
      onConnected: resolve,
      onDisconnected: reject,
      onEvent: (event) => {
        if (changesServiceState(event, new Set([project]))) onStateEvent();
      },
    });
  });
});

after(async () => {
  follower?.dispose();
  engine?.dispose();
  await docker?.dispose();
  rmSync(scratch, { recursive: true, force: true });
});

async function compose(request: Omit<ComposeRequest, 'files'>): Promise<void> {
  let output = '';
  const { running } = startCompose(cli, { ...request, files: composeFiles(file, cli.version) }, { env, onOutput: (_stream, text) => (output += text) });
  assert.equal((await running.exited).code, 0, output);
}

async function states(): Promise<Record<string, string>> {
  const listed = await engine.listContainers({ label: [PROJECT_LABEL] });
  return Object.fromEntries([...serviceStates(listed, project, SERVICES)].map(([service, state]) => [service, state.text]));
}

/** Resolves with the states once `accept` holds for them, checking now and after each of the project's events. */
function statesWhen(accept: (seen: Record<string, string>) => boolean): Promise<Record<string, string>> {
  return new Promise((resolve, reject) => {
    let last: Record<string, string> = {};
    const timer = setTimeout(() => {
      onStateEvent = () => {};
      reject(new Error(`not reached within ${WAIT_MS} ms; last states: ${JSON.stringify(last)}`));
    }, WAIT_MS);
    let checking = Promise.resolve();
    const check = () => {
      checking = checking.then(async () => {
        last = await states();
        if (!accept(last)) return;
        clearTimeout(timer);
        onStateEvent = () => {};
        resolve(last);
      }, reject);
    };
    onStateEvent = check;
    check();
  });
}

test('before up, no service of the project has a container', async () => {
  assert.deepEqual(await states(), { web: 'not created', worker: 'not created' });
});

test('after up, the containers carry the project name Berth computed: the web service turns healthy, the worker shows its exit code', async () => {
  await compose({ verb: 'up' });
  assert.equal(project, 'berthlens_test');
  const reached = await statesWhen((s) => s.web === 'healthy' && s.worker === 'exited (3)');
  assert.deepEqual(reached, { web: 'healthy', worker: 'exited (3)' });
});

/** Runs a Compose command the commands have no verb for. */
async function composeCli(...args: string[]): Promise<void> {
  const result = await runToEnd(cli.command, [...cli.prefix, '--file', file, ...args], { env, cwd: join(scratch, 'Berth.Lens_Test') });
  assert.equal(result.code, 0, result.stderr);
}

test('scaled to two containers, the service counts them per state; stopped, it says how they exited; down, it is gone', async () => {
  await composeCli('up', '--detach', '--scale', 'web=2', 'web');
  await statesWhen((s) => s.web === '2 healthy');
  await composeCli('stop', 'web');
  // init passes the stop signal on, and the exit code says the process died of SIGTERM
  await statesWhen((s) => s.web === '2 exited (143)');
  await compose({ verb: 'down' });
  assert.deepEqual(await states(), { web: 'not created', worker: 'not created' });
});
