// The explorer's model against a real engine: what the views list is what the engine holds, events
// patch single nodes without re-listing, the engine can die and come back under a live
// subscription, and stats reach running containers only while the Containers view is visible.
import { test, before, after, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { ExplorerModel, DEFAULT_MODEL_OPTIONS, PATCH_LIMIT, type EngineView, type ExplorerModelOptions, type ViewChange } from '../../client/src/explorer/explorerModel';
import type { ExplorerNode } from '../../client/src/explorer/node';
import { connectToHost } from '../support/engineConnection';
import { BASE_IMAGE, startDockerEngine, type DockerEngine } from '../support/dockerEngine';

let engine: DockerEngine;

before(async () => {
  engine = await startDockerEngine();
});

after(async () => {
  await engine?.dispose();
});

/** A model on the private engine, disposed when test `t` ends. */
function newModel(t: TestContext, options: Partial<ExplorerModelOptions> = {}): ExplorerModel {
  const model = new ExplorerModel(connectToHost(engine.host), { ...DEFAULT_MODEL_OPTIONS, stats: false, ...options });
  t.after(() => model.dispose());
  return model;
}

/** Counts the engine's full container lists (the call the events must make unnecessary). */
function countFullLists(model: ExplorerModel): () => number {
  let calls = 0;
  const original = model.engine.listContainers.bind(model.engine);
  model.engine.listContainers = () => {
    calls++;
    return original();
  };
  return () => calls;
}

/** Resolves with the changes seen until `done()` holds after one of them; rejects after `timeoutMs`. */
function changesUntil(model: ExplorerModel, view: EngineView, done: () => boolean, timeoutMs: number): Promise<ViewChange[]> {
  return new Promise((resolve, reject) => {
    const seen: ViewChange[] = [];
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`not reached within ${timeoutMs} ms; changes: ${JSON.stringify(seen)}`));
    }, timeoutMs);
    const subscription = model.onDidChange((change) => {
      if (change.view !== view) return;
      seen.push(change);
      if (done()) {
        clearTimeout(timer);
        subscription.dispose();
        resolve(seen);
      }
    });
  });
}

async function run(...args: string[]): Promise<string> {
  return (await engine.docker(['run', '-d', '--init', '--network', 'host', ...args])).trim();
}

function flatten(nodes: readonly ExplorerNode[]): ExplorerNode[] {
  return nodes.flatMap((n) => [n, ...flatten(n.children ?? [])]);
}

interface CliContainer { ID: string; Names: string; State: string; Status: string; Image: string; Labels: string }

async function cliContainers(): Promise<CliContainer[]> {
  const out = await engine.docker(['ps', '-a', '--no-trunc', '--format', '{{json .}}']);
  return out.split('\n').filter(Boolean).map((line) => JSON.parse(line) as CliContainer);
}

function withoutDurations(status: string): string {
  return status.replace(/Less than a second|About an? \w+|\d+ \w+/g, 'T');
}

async function removeAllContainers(): Promise<void> {
  const ids = (await engine.docker(['ps', '-aq'])).split('\n').filter(Boolean);
  if (ids.length > 0) await engine.docker(['rm', '-f', ...ids]);
}

test('the Containers view lists what the engine holds, Compose projects first, each container with state, image and status', async (t) => {
  await removeAllContainers();
  const compose = (service: string) => ['--label', 'com.docker.compose.project=shop', '--label', `com.docker.compose.service=${service}`, '--name', `shop-${service}-1`];
  await run(...compose('web'), BASE_IMAGE, 'sleep', '1d');
  await engine.docker(['create', '--network', 'host', ...compose('db'), BASE_IMAGE, 'true']);
  await run('--name', 'loose-2', BASE_IMAGE, 'sleep', '1d');
  await engine.docker(['create', '--network', 'host', '--name', 'loose-10', BASE_IMAGE, 'true']);
  await engine.docker(['pause', 'loose-2']);

  const model = newModel(t);
  await model.load('containers');
  const roots = model.roots('containers');
  assert.deepEqual(roots.map((n) => [n.label, n.contextValue]), [['shop', 'composeProject.group'], ['loose-2', 'container.paused'], ['loose-10', 'container.created']]);
  assert.deepEqual(roots[0].children?.map((n) => n.label), ['shop-db-1', 'shop-web-1']);
  assert.equal(roots[0].description, '1 of 2 running');

  const held = await cliContainers();
  const shown = flatten(roots).filter((n) => n.target?.kind === 'container');
  assert.equal(shown.length, held.length);
  for (const container of held) {
    const node = shown.find((n) => n.target?.id === container.ID);
    assert.ok(node, `container ${container.Names} is shown`);
    assert.equal(node.label, container.Names);
    assert.equal(node.contextValue, `container.${container.State}`);
    // The CLI was asked a moment later: "Up 1 second" may have been "Up Less than a second".
    assert.equal(withoutDurations(node.description ?? ''), withoutDurations(`${container.Image} · ${container.Status}`));
    assert.match(node.tooltip ?? '', new RegExp(`ID: ${container.ID.slice(0, 12)}`));
  }
  assert.deepEqual(shown.find((n) => n.label === 'shop-web-1')?.icon, { id: 'debug-start', color: 'charts.green' });
});

test('images by repository with tag, size and age; dangling ones apart; volumes named then anonymous; the engine\'s networks marked built in', async (t) => {
  await engine.docker(['tag', BASE_IMAGE, 'berth-test/app:2']);
  await engine.docker(['tag', BASE_IMAGE, 'berth-test/app:10']);
  // An import without a name leaves an image no tag points at.
  const { busyboxRootfsTar } = await import('../support/busyboxRootfs');
  const danglingId = (await engine.docker(['import', '--change', 'LABEL dangling=yes', '-'], await busyboxRootfsTar())).trim();
  await engine.docker(['volume', 'create', 'data']);
  const anonymous = (await engine.docker(['volume', 'create'])).trim();

  const model = newModel(t);
  await Promise.all(['images', 'volumes', 'networks'].map((view) => model.load(view as EngineView)));
  const images = model.roots('images');
  assert.deepEqual(images.map((n) => [n.label, n.description]), [
    ['berth-test/app', '2 tags'],
    ['berth-test/busybox', '1 tag'],
    ['Dangling images', `1 · ${images[2].children?.[0].description?.split(' · ')[0]}`],
  ]);
  assert.deepEqual(images[0].children?.map((n) => n.label).sort(), ['10', '2']);
  assert.match(images[1].children?.[0].description ?? '', /^\d+(\.\d+)? MB · (just now|\d+ seconds? ago)$/);
  assert.deepEqual(images[2].children?.map((n) => [n.label, n.contextValue, n.target?.id]), [[danglingId.replace('sha256:', '').slice(0, 12), 'image.dangling', danglingId]]);

  assert.deepEqual(model.roots('volumes').map((n) => [n.label, n.contextValue]), [['data', 'volume.named'], [anonymous.slice(0, 12), 'volume.anonymous']]);
  const networks = model.roots('networks');
  const held = (await engine.docker(['network', 'ls', '--format', '{{.Name}}'])).split('\n').filter(Boolean).sort();
  assert.deepEqual(networks.map((n) => n.label).sort(), held);
  assert.ok(networks.every((n) => n.contextValue === 'network.builtin'), 'host and none are the engine\'s own');
});

test('a container stopped with the CLI is patched in within 1 s: that node alone, no full re-list', async (t) => {
  await removeAllContainers();
  const id = await run('--name', 'patched', BASE_IMAGE, 'sleep', '1d');
  await run('--name', 'bystander', BASE_IMAGE, 'sleep', '1d');
  const model = newModel(t);
  const fullLists = countFullLists(model);
  model.setVisible('containers', true);
  await model.load('containers');
  assert.equal(fullLists(), 1);

  const stopped = changesUntil(model, 'containers', () => model.node('containers', `container:${id}`)?.contextValue === 'container.exited', 1_000);
  const start = performance.now();
  await engine.docker(['stop', 'patched']);
  const changes = await stopped;
  const elapsed = performance.now() - start;

  t.diagnostic(`docker stop → node patched in ${elapsed.toFixed(0)} ms (the stop itself included)`);
  assert.ok(elapsed < 1_000, `reflected after ${elapsed.toFixed(0)} ms`);
  assert.equal(fullLists(), 1, 'no full list after the event');
  assert.deepEqual(changes.map((c) => c.nodeIds), [[`container:${id}`]]);
  assert.match(model.node('containers', `container:${id}`)?.description ?? '', /· Exited \(\d+\) /);
});

test('a container created and removed outside Berth appears and disappears', async (t) => {
  const model = newModel(t);
  model.setVisible('containers', true);
  await model.load('containers');
  const shown = () => flatten(model.roots('containers')).map((n) => n.label);
  const created = changesUntil(model, 'containers', () => shown().includes('arrives'), 2_000);
  await engine.docker(['create', '--network', 'host', '--name', 'arrives', BASE_IMAGE, 'true']);
  await created;
  const removed = changesUntil(model, 'containers', () => !shown().includes('arrives'), 2_000);
  await engine.docker(['rm', 'arrives']);
  await removed;
});

async function eventListeners(): Promise<number> {
  return Number((await engine.docker(['info', '--format', '{{.NEventsListener}}'])).trim());
}

test('the engine killed and restarted under a live subscription: the error shows, recovery within 5 s, one event listener, none after dispose', async (t) => {
  await removeAllContainers();
  const id = await run('--name', 'survivor', BASE_IMAGE, 'sleep', '1d');
  const model = newModel(t, { backoff: { initialMs: 250, maxMs: 2_000 } });
  model.setVisible('containers', true);
  await model.load('containers');
  assert.equal(await eventListeners(), 1);

  const failed = changesUntil(model, 'containers', () => model.engineError !== undefined, 15_000);
  await engine.stopDaemon();
  await failed;
  assert.equal(model.roots('containers')[0].label, 'Cannot reach the Docker engine');
  assert.match(model.roots('containers')[0].tooltip ?? '', /docker\\.sock/);

  const restart = performance.now();
  const recovered = changesUntil(model, 'containers', () => model.node('containers', `container:${id}`) !== undefined, 15_000);
  await engine.startDaemon();
  const up = performance.now();
  await recovered;
  const elapsed = performance.now() - up;
  t.diagnostic(`dockerd restarted in ${(up - restart).toFixed(0)} ms; views current ${elapsed.toFixed(0)} ms after it answered _ping`);
  assert.ok(elapsed < 5_000, `recovered after ${elapsed.toFixed(0)} ms`);
  // dockerd stopped the container on its way down; the re-list shows it exited.
  assert.equal(model.node('containers', `container:${id}`)?.contextValue, 'container.exited');
  assert.equal(await eventListeners(), 1, 'one event stream after reconnecting, not one per attempt');

  // Still live after recovery: an event patches.
  const started = changesUntil(model, 'containers', () => model.node('containers', `container:${id}`)?.contextValue === 'container.running', 2_000);
  await engine.docker(['start', 'survivor']);
  await started;

  model.setVisible('containers', false);
  assert.equal(await eventListeners(), 0, 'hidden views keep no stream open');
  model.dispose();
  assert.equal(await eventListeners(), 0);
});

test('stats reach running containers\' descriptions while visible (~2 s) and stop when hidden', async (t) => {
  await removeAllContainers();
  const id = await run('--name', 'measured', BASE_IMAGE, 'sleep', '1d');
  await engine.docker(['create', '--network', 'host', '--name', 'idle', BASE_IMAGE, 'true']);
  const model = newModel(t, { stats: true });
  model.setVisible('containers', true);
  await model.load('containers');
  const statsText = /· \d+\.\d% · \d+(\.\d)? (B|KiB|MiB)$/;
  const start = performance.now();
  await changesUntil(model, 'containers', () => statsText.test(model.node('containers', `container:${id}`)?.description ?? ''), 6_000);
  assert.ok(performance.now() - start < 6_000);
  assert.equal(model.statsStreams, 1, 'only the running container is streamed');
  assert.doesNotMatch(model.roots('containers').find((n) => n.label === 'idle')?.description ?? '', /%/);

  model.setVisible('containers', false);
  assert.equal(model.statsStreams, 0);
  assert.doesNotMatch(model.node('containers', `container:${id}`)?.description ?? '', /%/);
});

test('containers removed outside Berth leave without a read each: their destroy events drop the nodes', async (t) => {
  await removeAllContainers();
  const count = PATCH_LIMIT + 8;
  const ids = await Promise.all(Array.from({ length: count }, (_, i) => engine.docker(['create', '--network', 'host', '--name', `burst-${i}`, BASE_IMAGE, 'true']).then((out) => out.trim())));
  const model = newModel(t);
  model.setVisible('containers', true);
  await model.load('containers');
  assert.equal(model.roots('containers').length, count);
  const fullLists = countFullLists(model);
  let singleReads = 0;
  const readOne = model.engine.listContainer.bind(model.engine);
  model.engine.listContainer = (id) => {
    singleReads++;
    return readOne(id);
  };
  const emptied = changesUntil(model, 'containers', () => model.roots('containers').length === 0, 10_000);
  await engine.docker(['rm', ...ids]);
  await emptied;
  assert.equal(singleReads, 0);
  // At most one list, when more than PATCH_LIMIT removals fall into one batch.
  assert.ok(fullLists() <= 1, `${fullLists()} full lists for ${count} removals`);
});

test('a filter and the order rebuild the view from what it holds, asking the engine nothing; an event still reaches a filtered view', async (t) => {
  await removeAllContainers();
  await run('--name', 'web-old', BASE_IMAGE, 'sleep', '1d');
  await engine.docker(['create', '--network', 'host', '--name', 'db-new', BASE_IMAGE, 'true']);
  const model = newModel(t);
  model.setVisible('containers', true);
  await model.load('containers');
  const fullLists = countFullLists(model);
  const labels = () => model.roots('containers').map((n) => n.label);

  // By name first; running before created when by status (creation times are whole seconds: too coarse here).
  assert.deepEqual(labels(), ['db-new', 'web-old']);
  model.setContainerOrder('status');
  assert.deepEqual(labels(), ['web-old', 'db-new']);
  model.setFilter('containers', 'WEB running');
  assert.deepEqual(labels(), ['web-old']);
  model.setFilter('containers', 'nothing-like-this');
  assert.deepEqual(model.roots('containers').map((n) => n.command?.command), ['berth.containers.clearFilter']);
  assert.equal(fullLists(), 0);

  model.setFilter('containers', 'web');
  const arrived = changesUntil(model, 'containers', () => model.roots('containers').some((n) => n.label === 'web-new' && n.contextValue === 'container.running'), 2_000);
  await run('--name', 'web-new', BASE_IMAGE, 'sleep', '1d');
  await arrived;
  assert.deepEqual(labels(), ['web-new', 'web-old']);
  model.setFilter('containers', '');
  assert.deepEqual(labels(), ['web-new', 'web-old', 'db-new']);
  assert.equal(fullLists(), 0);
});

test('a container\'s time in its state moves on while the view is visible, read once from the engine', async (t) => {
  await removeAllContainers();
  const id = await run('--name', 'ticking', BASE_IMAGE, 'sleep', '1d');
  let now = Date.now();
  const model = newModel(t, { now: () => now, statusRefreshMs: 20 });
  model.setVisible('containers', true);
  await model.load('containers');
  const fullLists = countFullLists(model);
  const description = () => model.node('containers', `container:${id}`)?.description ?? '';
  assert.match(description(), /· Up (Less than a second|\d+ seconds?)$/);
  now += 3 * 60_000;
  await changesUntil(model, 'containers', () => description().endsWith('· Up 3 minutes'), 2_000);
  assert.equal(fullLists(), 0);
});
