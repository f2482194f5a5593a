import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ContainerInfo, Engine } from '../engine/connect';
import { EngineData } from './engineData';

function container(id: string, state: string): ContainerInfo {
  return { Id: id, State: state } as unknown as ContainerInfo;
}

/** An engine holding `held` containers; records the single reads it was asked for. */
function fakeEngine(held: Map<string, ContainerInfo>) {
  const singleReads: string[] = [];
  const engine = {
    listContainers: () => Promise.resolve([...held.values()]),
    listContainer: (id: string) => {
      singleReads.push(id);
      return id === 'broken' ? Promise.reject(new Error('connection reset')) : Promise.resolve(held.get(id));
    },
  } as unknown as Engine;
  return { engine, singleReads };
}

/** Each container's state and when its status was read, by id. */
function shown(data: EngineData): Record<string, [string, number | undefined]> {
  const view = data.viewData(new Map());
  return Object.fromEntries([...view.containers].map((c) => [c.Id, [c.State, view.statusReadAt.get(c.Id)]]));
}

test('a list replaces what was held, every status read at the time of the list', async () => {
  const held = new Map([['a', container('a', 'running')], ['b', container('b', 'exited')]]);
  let now = 1_000;
  const data = new EngineData(fakeEngine(held).engine, () => now);
  await data.list('containers');
  assert.deepEqual(shown(data), { a: ['running', 1_000], b: ['exited', 1_000] });

  held.delete('b');
  now = 2_000;
  await data.list('containers');
  assert.deepEqual(shown(data), { a: ['running', 2_000] });
  assert.equal(data.container('b'), undefined);
});

test('a patch reads the named containers alone and restamps them; destroyed ones leave without a read, as do ones the engine no longer lists', async () => {
  const held = new Map([['a', container('a', 'running')], ['b', container('b', 'running')], ['c', container('c', 'running')], ['d', container('d', 'created')]]);
  const { engine, singleReads } = fakeEngine(held);
  let now = 1_000;
  const data = new EngineData(engine, () => now);
  await data.list('containers');

  held.set('a', container('a', 'exited'));
  held.delete('b');
  held.delete('c');
  now = 5_000;
  await data.patchContainers(['a', 'b', 'c'], new Set(['b']));
  assert.deepEqual(singleReads.sort(), ['a', 'c']);
  assert.deepEqual(shown(data), { a: ['exited', 5_000], d: ['created', 1_000] });
});

test('a failed read reaches the caller, which decides what the view shows', async () => {
  const data = new EngineData(fakeEngine(new Map()).engine, () => 0);
  await assert.rejects(data.patchContainers(['broken'], new Set()), /connection reset/);
});
