// Podman's Docker-compatible API is an engine like any other: listed through a unix socket, its
// event stream patching the Containers view.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Engine } from '../../client/src/engine/connect';
import { DEFAULT_MODEL_OPTIONS, ExplorerModel } from '../../client/src/explorer/explorerModel';
import { connectToHost } from '../support/engineConnection';
import { BASE_IMAGE } from '../support/dockerEngine';
import { startPodmanEngine, type PodmanEngine } from '../support/podmanEngine';

let podman: PodmanEngine;
let connection: Engine;

before(async () => {
  podman = await startPodmanEngine();
  connection = connectToHost(podman.host);
});

after(async () => {
  connection?.dispose();
  await podman?.dispose();
});

test('Podman\'s socket lists its containers and images', async () => {
  const id = (await podman.podman(['run', '-d', '--name', 'berth-podman', BASE_IMAGE, 'sleep', '1d'])).trim();
  const containers = await connection.listContainers();
  assert.deepEqual(containers.map((c) => [c.Id, c.Names[0].replace(/^\//, ''), c.State]), [[id, 'berth-podman', 'running']]);
  assert.deepEqual((await connection.listImages()).flatMap((i) => i.RepoTags ?? []), [`localhost/${BASE_IMAGE}`]);
});

test('Podman\'s events patch the Containers view: a container stopped with podman shows exited', async (t) => {
  const id = (await podman.podman(['run', '-d', '--name', 'berth-podman-events', BASE_IMAGE, 'sleep', '1d'])).trim();
  const model = new ExplorerModel(connectToHost(podman.host), { ...DEFAULT_MODEL_OPTIONS, stats: false });
  t.after(() => model.dispose());
  model.setVisible('containers', true);
  await model.load('containers');
  assert.equal(model.node('containers', `container:${id}`)?.contextValue, 'container.running');
  const exited = new Promise<string[] | undefined>((resolve) => {
    const subscription = model.onDidChange((change) => {
      if (model.node('containers', `container:${id}`)?.contextValue !== 'container.exited') return;
      subscription.dispose();
      resolve(change.nodeIds);
    });
  });
  await podman.podman(['stop', '-t', '0', 'berth-podman-events']);
  assert.deepEqual(await exited, [`container:${id}`]);
});
