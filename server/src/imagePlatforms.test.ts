import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ImagePlatformCache, MAX_REFERENCES_PER_REQUEST } from './imagePlatforms';
import type { ImagePlatforms } from './protocol';

const AMD64 = { os: 'linux', architecture: 'amd64' };
/** As an engine reports arm64; known normalised, as `linux/arm64`. */
const ARM64 = { os: 'linux', architecture: 'arm64', variant: 'v8' };
const ARM64_NORMALISED = { os: 'linux', architecture: 'arm64' };

/** A client whose answers the test hands out one request at a time, and a clock the test moves. */
function harness(options: { freshMs?: number; timeoutMs?: number; maxImages?: number } = {}) {
  const requests: { references: string[]; answer: (a: unknown) => void; fail: (e: Error) => void }[] = [];
  let clock = 0;
  let learnt = 0;
  let onLearnt: () => void = () => undefined;
  const cache = new ImagePlatformCache(
    (references) => new Promise<ImagePlatforms>((answer, fail) => requests.push({ references, answer: answer as (a: unknown) => void, fail })),
    () => {
      learnt++;
      onLearnt();
    },
    { freshMs: 1_000, timeoutMs: 60_000, maxImages: 100, now: () => clock, ...options },
  );
  return {
    cache,
    requests,
    learnt: () => learnt,
    /** Resolves when the next answer has changed what is known. */
    nextLearnt: () => new Promise<void>((resolve) => (onLearnt = resolve)),
    advance: (ms: number) => (clock += ms),
  };
}

/** Lets a request the test has answered be taken in (its continuation runs on the microtask queue). */
const settled = () => new Promise((resolve) => setImmediate(resolve));

test('nothing is known at first; the client is asked once, and its answer is known after', async () => {
  const h = harness();
  assert.equal(h.cache.known(['alpine', 'golang:1.23', 'alpine']), undefined);
  assert.deepEqual(h.requests.map((r) => r.references), [['alpine', 'golang:1.23']]);
  // Asked already: not asked again while the answer is on its way.
  h.cache.known(['alpine']);
  assert.equal(h.requests.length, 1);
  const learnt = h.nextLearnt();
  h.requests[0].answer({ engine: AMD64, images: { alpine: ARM64 } });
  await learnt;
  assert.deepEqual(h.cache.known(['alpine', 'golang:1.23']), { engine: AMD64, images: { alpine: ARM64_NORMALISED } });
  assert.equal(h.requests.length, 1, 'fresh answers are not asked again');
});

test('a new reference is asked alone; a stale one again, and the same answer changes nothing', async () => {
  const h = harness();
  h.cache.known(['alpine']);
  h.requests[0].answer({ engine: AMD64, images: { alpine: ARM64 } });
  await settled();
  h.cache.known(['alpine', 'node:22']);
  assert.deepEqual(h.requests[1].references, ['node:22']);
  h.requests[1].answer({ engine: AMD64, images: {} });
  await settled();
  assert.equal(h.learnt(), 1, 'an image the engine lacks is no news');
  h.advance(1_000);
  h.cache.known(['alpine']);
  assert.deepEqual(h.requests[2].references, ['alpine']);
  h.requests[2].answer({ engine: AMD64, images: { alpine: ARM64 } });
  await settled();
  assert.equal(h.learnt(), 1);
  // The image was pulled again for the engine's platform.
  h.advance(1_000);
  h.cache.known(['alpine']);
  const learnt = h.nextLearnt();
  h.requests[3].answer({ engine: AMD64, images: { alpine: AMD64 } });
  await learnt;
  assert.deepEqual(h.cache.known(['alpine'])?.images, { alpine: AMD64 });
});

test('the engine alone is asked again once stale, and an engine that goes away leaves nothing known', async () => {
  const h = harness();
  h.cache.known([]);
  h.requests[0].answer({ engine: AMD64, images: {} });
  await settled();
  assert.deepEqual(h.cache.known([]), { engine: AMD64, images: {} });
  assert.deepEqual(h.cache.enginePlatform, AMD64);
  h.advance(1_000);
  h.cache.known([]);
  assert.deepEqual(h.requests[1].references, []);
  const learnt = h.nextLearnt();
  h.requests[1].answer({ images: {} });
  await learnt;
  assert.equal(h.cache.known([]), undefined);
  assert.equal(h.cache.enginePlatform, undefined);
});

test('a client that fails, answers nonsense or never answers: nothing known, nothing thrown, not asked again until stale', async (t) => {
  t.mock.timers.enable({ apis: ['setTimeout'] });
  const h = harness({ timeoutMs: 5_000 });
  h.cache.known(['a']);
  h.requests[0].fail(new Error('no handler'));
  await settled();
  assert.equal(h.cache.known(['a']), undefined);
  h.advance(1_000);
  h.cache.known(['a']);
  h.requests[1].answer({ engine: 'linux', images: { a: { os: 1 } } });
  await settled();
  assert.equal(h.cache.known(['a']), undefined);
  h.advance(1_000);
  h.cache.known(['a']);
  assert.equal(h.requests.length, 3);
  t.mock.timers.tick(5_000);
  await settled();
  assert.equal(h.cache.known(['a']), undefined);
  assert.equal(h.requests.length, 3, 'a timed-out reference waits until stale');
  assert.equal(h.learnt(), 0);
});

test('what is remembered is bounded: the references asked longest ago go first, and a request asks a bounded number', async () => {
  const h = harness({ maxImages: 2 });
  h.cache.known(['a', 'b']);
  h.requests[0].answer({ engine: AMD64, images: { a: ARM64, b: ARM64 } });
  await settled();
  h.cache.known(['c']);
  h.requests[1].answer({ engine: AMD64, images: { c: ARM64 } });
  await settled();
  assert.deepEqual(h.cache.known(['a', 'b', 'c'])?.images, { b: ARM64_NORMALISED, c: ARM64_NORMALISED });
  assert.deepEqual(h.requests[2].references, ['a'], 'the forgotten one is asked again');
  const many = Array.from({ length: 100 }, (_, i) => `image-${i}`);
  h.cache.known(many);
  assert.equal(h.requests[3].references.length, MAX_REFERENCES_PER_REQUEST);
});

test('after the engine changes, fresh answers are asked again, and the old ones stand until the new arrive', async () => {
  const h = harness();
  h.cache.known(['alpine']);
  h.requests[0].answer({ engine: AMD64, images: { alpine: ARM64 } });
  await settled();
  h.cache.markStale();
  assert.deepEqual(h.cache.known(['alpine']), { engine: AMD64, images: { alpine: ARM64_NORMALISED } }, 'no blink while asking');
  assert.deepEqual(h.requests[1]?.references, ['alpine']);
  const learnt = h.nextLearnt();
  h.requests[1].answer({ engine: ARM64, images: { alpine: ARM64 } });
  await learnt;
  assert.deepEqual(h.cache.known(['alpine'])?.engine, ARM64_NORMALISED);
});
