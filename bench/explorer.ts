/**
 * `npm run bench` (second part): the Docker explorer on a private engine with 1,000 containers
 * (created, not started). Measures, never asserts.
 *   engine list          dockerode's listContainers alone: the floor
 *   explorer list+nodes  what the Containers view does on a refresh: list, build every node
 *                        (label, description, tooltip, icon, context value, grouping, order), index, diff
 *   docker ps            `docker ps -a --format '{{json .}}'`, the CLI on the same engine, same run
 *   patch                one container stopped among them: time until its node alone is updated
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import Dockerode from 'dockerode';
import { DEFAULT_MODEL_OPTIONS, ExplorerModel, type ViewChange } from '../client/src/explorer/explorerModel';
import { BASE_IMAGE, startDockerEngine, type DockerEngine } from '../test/support/dockerEngine';
import { connectToHost } from '../test/support/engineConnection';

const CONTAINERS = 1_000;
const RUNS = 15;
const run = promisify(execFile);

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * Runs each measurement once per round, in turn, so a busy machine slows all of them alike
 * rather than whichever ran during the busy second. One warm-up round first.
 */
async function interleaved(rounds: number, work: Record<string, () => Promise<unknown>>): Promise<Record<string, number[]>> {
  const samples: Record<string, number[]> = Object.fromEntries(Object.keys(work).map((name) => [name, []]));
  for (let round = 0; round <= rounds; round++) {
    for (const [name, run] of Object.entries(work)) {
      const start = performance.now();
      await run();
      if (round > 0) samples[name].push(performance.now() - start);
    }
  }
  return samples;
}

function show(name: string, samples: number[], floor?: number): void {
  const ratio = floor ? ` (${(median(samples) / floor).toFixed(2)}× the engine list)` : '';
  console.log(`  ${name.padEnd(40)} median ${median(samples).toFixed(1).padStart(6)} ms, runs ${samples.map((s) => s.toFixed(0)).join(' ')}${ratio}`);
}

/** Creates the containers straight through the API (the bench's setup, not what it measures), eight at a time. */
async function createContainers(engine: DockerEngine, count: number): Promise<number> {
  const docker = new Dockerode({ socketPath: engine.socketPath });
  const start = performance.now();
  let next = 0;
  await Promise.all(Array.from({ length: 8 }, async () => {
    while (next < count) {
      const i = next++;
      await docker.createContainer({ Image: BASE_IMAGE, Cmd: ['true'], name: `bench-${i}`, HostConfig: { NetworkMode: 'none' }, Labels: i % 4 === 0 ? { 'com.docker.compose.project': `project-${i % 20}` } : {} });
    }
  }));
  return performance.now() - start;
}

/** Resolves with the change after which `done()` holds (undefined when it already holds). */
function until(model: ExplorerModel, done: () => boolean): Promise<ViewChange | undefined> {
  if (done()) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    const subscription = model.onDidChange((change) => {
      if (!done()) return;
      subscription.dispose();
      resolve(change);
    });
  });
}

async function main(): Promise<void> {
  console.log(`Docker explorer, ${CONTAINERS.toLocaleString('en')} containers on a private dockerd (node ${process.version}):`);
  const engine = await startDockerEngine();
  const model = new ExplorerModel(connectToHost(engine.host), { ...DEFAULT_MODEL_OPTIONS, stats: false });
  try {
    console.log(`  created in ${(await createContainers(engine, CONTAINERS) / 1000).toFixed(1)} s (setup)`);
    model.setVisible('containers', true);
    await model.load('containers');

    const clis = ['docker', '/usr/bin/docker'].filter((cli) => cli === 'docker' || existsSync(cli));
    const work: Record<string, () => Promise<unknown>> = {
      'engine list (dockerode listContainers)': () => model.engine.listContainers(),
      'explorer list + tree nodes': () => model.refresh('containers'),
    };
    for (const cli of clis) {
      const version = (await run(cli, ['version', '--format', '{{.Client.Version}}'], { env: engine.env })).stdout.trim();
      work[`docker ps -a --format json (CLI ${version})`] = () => run(cli, ['ps', '-a', '--format', '{{json .}}'], { env: engine.env, maxBuffer: 64 * 1024 * 1024 });
    }
    const samples = await interleaved(RUNS, work);
    const [floorName, ...others] = Object.keys(samples);
    const floor = median(samples[floorName]);
    show(floorName, samples[floorName]);
    for (const name of others) show(name, samples[name], floor);

    const id = (await engine.docker(['run', '-d', '--init', '--network', 'host', '--name', 'bench-patched', BASE_IMAGE, 'sleep', '1d'])).trim();
    await until(model, () => model.node('containers', `container:${id}`)?.contextValue === 'container.running');
    const patched = until(model, () => model.node('containers', `container:${id}`)?.contextValue === 'container.exited');
    const start = performance.now();
    await engine.docker(['stop', 'bench-patched']);
    const stopped = performance.now();
    const change = await patched;
    const refreshed = change?.nodeIds ? `${change.nodeIds.length} node refreshed` : 'whole view refreshed';
    console.log(`  one of ${(CONTAINERS + 1).toLocaleString('en')} stopped: its node updated ${(performance.now() - stopped).toFixed(0)} ms after \`docker stop\` returned (the stop took ${(stopped - start).toFixed(0)} ms), ${refreshed}`);
  } finally {
    model.dispose();
    await engine.dispose();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
