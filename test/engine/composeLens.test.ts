// The Compose CodeLens's state computation against real containers: a two-service project brought
// up with docker-compose (v1) on a private engine, in a folder whose name Compose must normalise,
// is found by the project labels Berth computes (named by the language server's resolution, then
// normalised by the client); its services' states follow the engine's events (the labels on each
// event are how the lens tells its projects' events from the rest). A second project is named by
// COMPOSE_PROJECT_NAME in its .env.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { composeFiles, detectCompose, startCompose, type ComposeCli, type ComposeRequest } from '../../client/src/commands/compose/composeCli';
import { runToEnd } from '../../client/src/commands/process/childProcess';
import { projectLabels } from '../../client/src/compose/projectName';
import { changesServiceState, PROJECT_LABEL, serviceStates } from '../../client/src/compose/serviceStates';
import type { Engine } from '../../client/src/engine/connect';
import { followEngineEvents, type EventFollower } from '../../client/src/engine/sharedEvents';
import { ComposeContext } from '../../server/src/compose/context';
import { ComposeEnvironmentReader } from '../../server/src/compose/environmentReader';
import { DiskFileSystem } from '../../server/src/fileSystem';
import { resolveProjectName } from '../../server/src/compose/projectName';
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
let project: ReadonlySet<string>;
/** The labels of every project the tests bring up: the events that wake a waiting check. */
const watched = new Set<string>();
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
  project = labelsOf(file);
  await new Promise<void>((resolve, reject) => {
    follower = followEngineEvents(engine, {
      onConnected: resolve,
      onDisconnected: reject,
      onEvent: (event) => {
        if (changesServiceState(event, watched)) onStateEvent();
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

/** The labels the lens looks for on the containers of `composePath`, as the editor would find them: the server's name for the project, normalised. */
function labelsOf(composePath: string): ReadonlySet<string> {
  const directory = dirname(composePath);
  const variables = new ComposeEnvironmentReader(new DiskFileSystem(), env).variables(directory);
  const labels = new Set(projectLabels(resolveProjectName(new ComposeContext(readFileSync(composePath, 'utf8')), directory, variables)));
  for (const label of labels) watched.add(label);
  return labels;
}

async function compose(request: Omit<ComposeRequest, 'files'>, composePath = file): Promise<void> {
  let output = '';
  const { running } = startCompose(cli, { ...request, files: composeFiles(composePath, cli.version) }, { env, onOutput: (_stream, text) => (output += text) });
  assert.equal((await running.exited).code, 0, output);
}

async function states(labels = project, services = SERVICES): Promise<Record<string, string>> {
  const listed = await engine.listContainers({ label: [PROJECT_LABEL] });
  return Object.fromEntries([...serviceStates(listed, labels, services)].map(([service, state]) => [service, state.text]));
}

/** Resolves with the states once `accept` holds for them, checking now and after each of the projects' events. */
function statesWhen(accept: (seen: Record<string, string>) => boolean, read = () => states()): Promise<Record<string, string>> {
  return new Promise((resolve, reject) => {
    let last: Record<string, string> = {};
    const timer = setTimeout(() => {
      onStateEvent = () => {};
      reject(new Error(`not reached within ${WAIT_MS} ms; last states: ${JSON.stringify(last)}`));
    }, WAIT_MS);
    let checking = Promise.resolve();
    const check = () => {
      checking = checking.then(async () => {
        last = await read();
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
  assert.deepEqual([...project], ['berthlens_test']);
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

test("a project named by COMPOSE_PROJECT_NAME in its .env is found by that name, normalised as docker-compose does", async () => {
  const directory = join(scratch, 'named-by-env');
  mkdirSync(directory);
  const named = join(directory, 'docker-compose.yml');
  writeFileSync(named, `services:\n${engineService('web')}`);
  writeFileSync(join(directory, '.env'), '# the folder name is not the project name here\nCOMPOSE_PROJECT_NAME=Shop.CI_Env\n');
  const labels = labelsOf(named);
  const read = () => states(labels, ['web']);
  assert.deepEqual(await read(), { web: 'not created' });
  await compose({ verb: 'up' }, named);
  assert.deepEqual([...labels], ['shopci_env']);
  assert.deepEqual(await statesWhen((s) => s.web === 'running', read), { web: 'running' });
  await compose({ verb: 'down' }, named);
  assert.deepEqual(await read(), { web: 'not created' });
});
