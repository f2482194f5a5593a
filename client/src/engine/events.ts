/**
 * The engine's /events stream, kept open while someone listens: lines become EngineEvents; when the
 * engine goes away the subscription says so and reopens with backoff (250 ms doubling to 3 s).
 * `onConnected` fires each time the stream is (re)opened, before any event from it: events missed
 * while it was closed are unknown, so that is the moment to list again.
 */
import type { Readable } from 'node:stream';
import { isAbortError, type Engine } from './connect';
import { EngineError, toEngineError } from './errors';

export interface EngineEvent {
  /** container, image, volume, network, … */
  type: string;
  /** start, die, destroy, tag, …; `health_status: healthy` becomes `health_status`. */
  action: string;
  /** The object's id (for images the name or id the action used). */
  id: string;
  attributes: Record<string, string>;
}

interface RawEvent {
  Type?: unknown;
  Action?: unknown;
  Actor?: { ID?: unknown; Attributes?: unknown };
  status?: unknown;
  id?: unknown;
}

/** Reads one line of the stream; undefined for anything that is not an event. */
export function parseEvent(line: string): EngineEvent | undefined {
  let raw: RawEvent;
  try {
    raw = JSON.parse(line) as RawEvent;
  } catch {
    return undefined; // a torn or foreign line: the next re-list corrects whatever it described
  }
  if (!raw || typeof raw !== 'object') return undefined;
  // Engines before API 1.22 sent only status/id, and only for containers.
  const type = typeof raw.Type === 'string' ? raw.Type : 'container';
  const action = typeof raw.Action === 'string' ? raw.Action : typeof raw.status === 'string' ? raw.status : undefined;
  const id = typeof raw.Actor?.ID === 'string' ? raw.Actor.ID : typeof raw.id === 'string' ? raw.id : undefined;
  if (!action || !id) return undefined;
  const attributes: Record<string, string> = {};
  if (raw.Actor?.Attributes && typeof raw.Actor.Attributes === 'object') {
    for (const [key, value] of Object.entries(raw.Actor.Attributes)) if (typeof value === 'string') attributes[key] = value;
  }
  return { type, action: action.split(':')[0].trim(), id, attributes };
}

export interface EventHandlers {
  onEvent(event: EngineEvent): void;
  onConnected(): void;
  onDisconnected(error: EngineError): void;
}

export interface Backoff {
  initialMs: number;
  maxMs: number;
}

export const DEFAULT_BACKOFF: Backoff = { initialMs: 250, maxMs: 3_000 };

export class EventSubscription {
  private readonly abort = new AbortController();
  private stream: Readable | undefined;
  private retryTimer: NodeJS.Timeout | undefined;
  private wakeRetry: (() => void) | undefined;
  /** Settles when the loop has stopped after dispose(); tests await it. */
  readonly stopped: Promise<void>;

  constructor(
    private readonly engine: Engine,
    private readonly handlers: EventHandlers,
    private readonly backoff: Backoff = DEFAULT_BACKOFF,
  ) {
    this.stopped = this.run();
  }

  get open(): boolean {
    return this.stream !== undefined;
  }

  dispose(): void {
    this.abort.abort();
    clearTimeout(this.retryTimer);
    this.wakeRetry?.();
  }

  /** Skips the wait before the next attempt (a manual retry). */
  retryNow(): void {
    clearTimeout(this.retryTimer);
    this.wakeRetry?.();
  }

  private get disposed(): boolean {
    return this.abort.signal.aborted;
  }

  private async run(): Promise<void> {
    let delay = this.backoff.initialMs;
    while (!this.disposed) {
      let failure: EngineError;
      try {
        const stream = await this.engine.events(this.abort.signal);
        delay = this.backoff.initialMs;
        this.stream = stream;
        this.handlers.onConnected();
        failure = await this.consume(stream);
        this.stream = undefined;
      } catch (error) {
        if (this.disposed || isAbortError(error)) break;
        failure = toEngineError(error, this.engine.endpoint.host);
      }
      if (this.disposed) break;
      this.handlers.onDisconnected(failure);
      await new Promise<void>((resolve) => {
        this.wakeRetry = resolve;
        this.retryTimer = setTimeout(resolve, delay);
      });
      this.wakeRetry = undefined;
      delay = Math.min(delay * 2, this.backoff.maxMs);
    }
  }

  /** Feeds events until the stream closes; resolves with why it closed. */
  private consume(stream: Readable): Promise<EngineError> {
    return new Promise((resolve) => {
      let pending = '';
      let streamError: unknown;
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        const lines = (pending + chunk).split('\n');
        pending = lines.pop() ?? '';
        for (const line of lines) {
          const event = line.trim() ? parseEvent(line) : undefined;
          if (event) this.handlers.onEvent(event);
        }
      });
      stream.on('error', (error) => (streamError = error));
      stream.once('close', () => {
        stream.removeAllListeners('data');
        stream.removeAllListeners('error');
        const cause = streamError ?? Object.assign(new Error('the engine closed the event stream'), { code: 'ECONNRESET' });
        resolve(toEngineError(cause, this.engine.endpoint.host));
      });
    });
  }
}
