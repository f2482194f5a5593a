import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Engine, ImageInfo } from './connect';
import { listLocalImages } from './localImages';

const info = { Id: 'sha256:1', RepoTags: ['alpine:3.20', '<none>:<none>'], RepoDigests: null, Size: 7, Created: 9 } as unknown as ImageInfo;
const engineAnswering = (answer: () => Promise<ImageInfo[]>) => ({ listImages: answer }) as unknown as Engine;

test('the engine\'s images become the protocol\'s, untagged names left out', async () => {
  assert.deepEqual(await listLocalImages(engineAnswering(async () => [info])), [{ id: 'sha256:1', tags: ['alpine:3.20'], digests: [], size: 7, created: 9 }]);
});

test('no engine, a failing engine or a slow one: an empty list, not an error', async () => {
  assert.deepEqual(await listLocalImages(undefined), []);
  assert.deepEqual(await listLocalImages(engineAnswering(async () => Promise.reject(new Error('connect ENOENT')))), []);
  assert.deepEqual(await listLocalImages(engineAnswering(() => new Promise(() => undefined)), 10), []);
});
