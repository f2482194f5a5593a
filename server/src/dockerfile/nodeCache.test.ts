import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Arg, Copy, Label, Run } from 'dockerfile-ast';
import { DockerfileContext } from './context';
import { declarations } from './instructionParts';
import { labelPairs } from './labels';
import { NodeCache, releaseNodeCaches } from './nodeCache';
import { scratchMountTargets } from './packageManagers';
import { copyArguments } from './runCommands';

test('a node cache keeps a value per node until the caches are released', () => {
  const first = new NodeCache<object, string>();
  const second = new NodeCache<object, number>();
  const node = {};
  first.set(node, 'derived');
  second.set(node, 1);
  assert.equal(first.get(node), 'derived');
  assert.equal(first.get({}), undefined);
  releaseNodeCaches();
  assert.equal(first.get(node), undefined);
  assert.equal(second.get(node), undefined);
});

test('the instruction caches the server keeps are released with the others, and derive the same again', () => {
  const file = new DockerfileContext('FROM scratch\nARG A=1\nLABEL a=b\nCOPY x /y/\nRUN --mount=type=cache,target=/root/.cache make\n');
  const [arg, label, copy, run] = file.instructions.slice(1) as [Arg, Label, Copy, Run];
  const derived = () => [declarations(file, arg), labelPairs(label), copyArguments(file, copy), scratchMountTargets(run)] as const;
  const before = derived();
  assert.deepEqual(before[3], ['/root/.cache']);
  derived().forEach((value, i) => assert.equal(value, before[i], `cached ${i}`));
  releaseNodeCaches();
  const after = derived();
  after.forEach((value, i) => {
    assert.notEqual(value, before[i], `derived again ${i}`);
    assert.deepEqual(value, before[i]);
  });
});
