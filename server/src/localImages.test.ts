import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LocalImageCache } from './localImages';
import type { LocalImage } from './protocol';

const image: LocalImage = { id: 'sha256:1', tags: ['alpine:3.20'], digests: [], size: 1, created: 0 };

test('a fresh list is answered from the cache; a stale one is asked for again', async () => {
  let now = 0;
  let calls = 0;
  const cache = new LocalImageCache(async () => (calls++, [image]), { freshMs: 1000, waitMs: 300, now: () => now });
  assert.deepEqual(await cache.get(), [image]);
  assert.deepEqual(await cache.get(), [image]);
  assert.equal(calls, 1);
  now = 2000;
  await cache.get();
  assert.equal(calls, 2);
});

test('a slow client: the caller gets what is known after the wait, and the late answer fills the cache', async () => {
  let answer: (images: LocalImage[]) => void = () => undefined;
  const cache = new LocalImageCache(() => new Promise((resolve) => (answer = resolve)), { freshMs: 1000, waitMs: 5, now: () => 0 });
  assert.deepEqual(await cache.get(), []);
  answer([image]);
  // The late answer lands in the cache: the next call, inside the wait, sees it.
  assert.deepEqual(await cache.get(), [image]);
});

test('a failing or odd answer means no images, and is not retried while fresh', async () => {
  let calls = 0;
  const cache = new LocalImageCache(async () => {
    calls++;
    throw new Error('method not found');
  }, { freshMs: 1000, waitMs: 50, now: () => 0 });
  assert.deepEqual(await cache.get(), []);
  assert.deepEqual(await cache.get(), []);
  assert.equal(calls, 1);
  const odd = new LocalImageCache(async () => null as unknown as LocalImage[], { freshMs: 1000, waitMs: 50, now: () => 0 });
  assert.deepEqual(await odd.get(), []);
});

test('after the engine changes, a fresh list is asked for again', async () => {
  let calls = 0;
  const cache = new LocalImageCache(async () => (calls++, [image]), { freshMs: 1000, waitMs: 300, now: () => 0 });
  await cache.get();
  cache.markStale();
  await cache.get();
  assert.equal(calls, 2);
});
