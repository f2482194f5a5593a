import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough, type Readable } from 'node:stream';
import type { Engine } from './connect';
import type { EngineEvent, EventHandlers } from './events';
import { followEngineEvents } from './sharedEvents';

/** An engine whose /events streams the test writes to; counts the streams opened and open. */
function fakeEngine() {
  const streams: PassThrough[] = [];
  const engine = {
    endpoint: { host: 'unix:///fake.sock' },
    events(signal: AbortSignal): Promise<Readable> {
      const stream = new PassThrough();
      signal.addEventListener('abort', () => stream.destroy(), { once: true });
      streams.push(stream);
      return Promise.resolve(stream);
    },
  } as unknown as Engine;
  return { engine, streams, openStreams: () => streams.filter((s) => !s.destroyed).length };
}

/** Handlers that record what they are told; `connected` settles on the first onConnected. */
function recorder() {
  const events: EngineEvent[] = [];
  let connect!: () => void;
  const connected = new Promise<void>((resolve) => (connect = resolve));
  const handlers: EventHandlers = { onConnected: () => connect(), onDisconnected: () => undefined, onEvent: (event) => events.push(event) };
  return { handlers, events, connected };
}

const line = (id: string) => `${JSON.stringify({ Type: 'container', Action: 'start', Actor: { ID: id, Attributes: {} } })}\n`;

test('a second follower joins the open stream instead of opening another, and is told it is connected', async () => {
  const { engine, streams, openStreams } = fakeEngine();
  const first = recorder();
  const second = recorder();
  const a = followEngineEvents(engine, first.handlers);
  await first.connected;
  const b = followEngineEvents(engine, second.handlers);
  await second.connected;
  assert.equal(streams.length, 1);
  assert.ok(a.open && b.open);

  streams[0].write(line('c1'));
  await new Promise<void>((resolve) => setImmediate(resolve));
  assert.deepEqual(first.events.map((e) => e.id), ['c1']);
  assert.deepEqual(second.events.map((e) => e.id), ['c1']);

  a.dispose();
  assert.equal(openStreams(), 1, 'the stream stays open while someone follows it');
  assert.equal(a.open, false);
  b.dispose();
  assert.equal(openStreams(), 0, 'the last follower closes it');
});

test('after the last follower left, the next one opens a new stream', async () => {
  const { engine, streams } = fakeEngine();
  const first = recorder();
  followEngineEvents(engine, first.handlers).dispose();
  const again = recorder();
  const follower = followEngineEvents(engine, again.handlers);
  await again.connected;
  assert.equal(streams.length, 2);
  follower.dispose();
});

test('a follower that leaves before the stream opens is told nothing', async () => {
  const { engine } = fakeEngine();
  const stays = recorder();
  const keeper = followEngineEvents(engine, stays.handlers);
  await stays.connected;
  let told = false;
  followEngineEvents(engine, { onConnected: () => (told = true), onDisconnected: () => (told = true), onEvent: () => (told = true) }).dispose();
  await new Promise<void>((resolve) => setImmediate(resolve));
  assert.equal(told, false);
  keeper.dispose();
});
