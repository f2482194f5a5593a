/**
 * One /events stream per engine connection, however many parts of Berth follow it (the explorer's
 * views, the Compose CodeLens): the first follower opens it, the last one to let go closes it. A
 * follower that joins an open stream is told it is connected (or that it is down) as if it had opened
 * it, so it lists what it shows knowing no event falls in between.
 */
import type { Engine } from './connect';
import type { EngineError } from './errors';
import { EventSubscription, type Backoff, type EventHandlers } from './events';

export interface EventFollower {
  /** The stream is open: what was listed since stays current through events. */
  readonly open: boolean;
  /** Skips the wait before the stream's next attempt to reopen (a manual retry). */
  retryNow(): void;
  /** Stops following; the stream closes with its last follower. */
  dispose(): void;
}

class SharedStream {
  readonly followers = new Set<EventHandlers>();
  private readonly subscription: EventSubscription;
  /** Why the stream is down, until it opens again. */
  private failure: EngineError | undefined;
  private connected = false;

  constructor(engine: Engine, backoff: Backoff | undefined) {
    this.subscription = new EventSubscription(engine, {
      onConnected: () => {
        this.connected = true;
        this.failure = undefined;
        for (const follower of [...this.followers]) follower.onConnected();
      },
      onDisconnected: (error) => {
        this.connected = false;
        this.failure = error;
        for (const follower of [...this.followers]) follower.onDisconnected(error);
      },
      onEvent: (event) => {
        for (const follower of [...this.followers]) follower.onEvent(event);
      },
    }, backoff);
  }

  get open(): boolean {
    return this.subscription.open;
  }

  join(follower: EventHandlers): void {
    this.followers.add(follower);
    // Told after the caller holds its follower, as a stream it opened itself would tell it.
    if (this.connected || this.failure) {
      queueMicrotask(() => {
        if (!this.followers.has(follower)) return;
        if (this.connected) follower.onConnected();
        else if (this.failure) follower.onDisconnected(this.failure);
      });
    }
  }

  retryNow(): void {
    this.subscription.retryNow();
  }

  close(): void {
    this.subscription.dispose();
  }
}

const streams = new WeakMap<Engine, SharedStream>();

/**
 * Follows the engine's events through its one shared stream. `backoff` applies when this call opens
 * the stream; a follower joining an open stream gets the backoff it was opened with.
 */
export function followEngineEvents(engine: Engine, handlers: EventHandlers, backoff?: Backoff): EventFollower {
  let stream = streams.get(engine);
  if (!stream) {
    stream = new SharedStream(engine, backoff);
    streams.set(engine, stream);
  }
  const shared = stream;
  // Each call is a follower of its own, even with handlers another call passed.
  const follower: EventHandlers = { onConnected: () => handlers.onConnected(), onDisconnected: (e) => handlers.onDisconnected(e), onEvent: (e) => handlers.onEvent(e) };
  shared.join(follower);
  let following = true;
  return {
    get open() {
      return following && shared.open;
    },
    retryNow: () => {
      if (following) shared.retryNow();
    },
    dispose: () => {
      if (!following) return;
      following = false;
      shared.followers.delete(follower);
      if (shared.followers.size > 0 || streams.get(engine) !== shared) return;
      streams.delete(engine);
      shared.close();
    },
  };
}

