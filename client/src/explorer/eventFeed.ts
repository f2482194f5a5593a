/**
 * The explorer's hold on the engine's event stream (engine/sharedEvents.ts: one stream, shared with
 * the Compose CodeLens); the model says when to take it and let it go (its refresh policy). A list
 * must not start before the stream has opened, or an event could fall between the two unseen:
 * `settled` is what lists wait for.
 */
import type { Engine } from '../engine/connect';
import type { EngineError } from '../engine/errors';
import type { Backoff, EngineEvent } from '../engine/events';
import { followEngineEvents, type EventFollower } from '../engine/sharedEvents';

export interface FeedHandlers {
  /** The stream opened; `first`: for the first time since `start`, not again after a failure. */
  onOpened(first: boolean): void;
  onFailed(error: EngineError): void;
  onEvent(event: EngineEvent): void;
}

export class EventFeed {
  private follower: EventFollower | undefined;
  private settledOnce: Promise<void> = Promise.resolve();
  private settle: (() => void) | undefined;

  constructor(private readonly engine: Engine, private readonly handlers: FeedHandlers, private readonly backoff?: Backoff) {}

  /** Events are arriving: what is listed from now on stays current through them. */
  get open(): boolean {
    return this.follower?.open ?? false;
  }

  /** Settles once the stream has opened or failed since `start`, or was let go; at once while stopped. */
  get settled(): Promise<void> {
    return this.settledOnce;
  }

  /** Follows the stream unless it already does. */
  start(): void {
    if (this.follower) return;
    let openedBefore = false;
    this.settledOnce = new Promise((resolve) => (this.settle = resolve));
    this.follower = followEngineEvents(this.engine, {
      onConnected: () => {
        this.settle?.();
        const first = !openedBefore;
        openedBefore = true;
        this.handlers.onOpened(first);
      },
      onDisconnected: (error) => {
        this.settle?.();
        this.handlers.onFailed(error);
      },
      onEvent: (event) => this.handlers.onEvent(event),
    }, this.backoff);
  }

  /** Skips the wait before the stream's next attempt to reopen (a manual retry). */
  retryNow(): void {
    this.follower?.retryNow();
  }

  /** Lets go of the stream; a list still waiting goes ahead. */
  stop(): void {
    this.follower?.dispose();
    this.follower = undefined;
    this.settle?.();
  }
}
