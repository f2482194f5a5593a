import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough, type Readable } from 'node:stream';
import type { Engine } from '../engine/connect';
import { EventFeed, type FeedHandlers } from './eventFeed';

/** An engine whose /events requests wait until the test answers them with a stream. */
function fakeEngine() {
  const requests: { answer(): PassThrough }[] = [];
  let requested: () => void = () => undefined;
  const engine = {
    endpoint: { host: 'unix:///fake.sock' },
    events(signal: AbortSignal): Promise<Readable> {
      return new Promise((resolve, reject) => {
        signal.addEventListener('abort', () => reject(Object.assign(new Error('aborted'), { name: 'AbortError' })), { once: true });
        requests.push({
          answer: () => {
            const stream = new PassThrough();
            resolve(stream);
            return stream;
          },
        });
        requested();
      });
    },
  } as unknown as Engine;
  /** The `n`th /events request (from 0), once the feed has made it. */
  const request = async (n: number) => {
    while (requests.length <= n) await new Promise<void>((resolve) => (requested = resolve));
    return requests[n];
  };
  return { engine, request };
}

/** Handlers that record what the feed tells them, and resolve `told` on each call. */
function recorder() {
  const told: string[] = [];
  let wake: () => void = () => undefined;
  const handlers: FeedHandlers = {
    onOpened: (first) => (told.push(first ? 'opened first' : 'opened again'), wake()),
    onFailed: () => (told.push('failed'), wake()),
    onEvent: (event) => (told.push(`event ${event.id}`), wake()),
  };
  /** Resolves once `count` things were told. */
  const until = async (count: number) => {
    while (told.length < count) await new Promise<void>((resolve) => (wake = resolve));
  };
  return { handlers, told, until };
}

const isSettled = async (promise: Promise<void>) => {
  let settled = false;
  void promise.then(() => (settled = true));
  await new Promise<void>((resolve) => setImmediate(resolve));
  return settled;
};

test('settled waits for the stream to open; the first open is told as first, one after a failure as again', { timeout: 5_000 }, async (t) => {
  const { engine, request } = fakeEngine();
  const { handlers, told, until } = recorder();
  const feed = new EventFeed(engine, handlers, { initialMs: 1, maxMs: 1 });
  t.after(() => feed.stop());
  feed.start();
  const first = await request(0);
  assert.equal(await isSettled(feed.settled), false, 'a list must not run before the stream is open');
  assert.equal(feed.open, false);

  const stream = first.answer();
  await feed.settled;
  await until(1);
  assert.ok(feed.open);
  stream.write(`${JSON.stringify({ Type: 'container', Action: 'die', Actor: { ID: 'c1', Attributes: {} } })}\n`);
  await until(2);

  stream.destroy();
  (await request(1)).answer();
  await until(4);
  assert.deepEqual(told, ['opened first', 'event c1', 'failed', 'opened again']);
});

test('stop lets a waiting list go ahead though the stream never opened; a new start is a first open again', { timeout: 5_000 }, async () => {
  const { engine, request } = fakeEngine();
  const { handlers, told, until } = recorder();
  const feed = new EventFeed(engine, handlers);
  feed.start();
  await request(0);
  const waiting = feed.settled;
  feed.stop();
  await waiting;
  assert.equal(feed.open, false);
  assert.deepEqual(told, [], 'a stream let go before it opened tells nothing');

  feed.start();
  (await request(1)).answer();
  await until(1);
  assert.deepEqual(told, ['opened first']);
  feed.stop();
});
