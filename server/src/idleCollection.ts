import { getHeapStatistics } from 'node:v8';
import { releaseNodeCaches } from './dockerfile/nodeCache';

/** How long without a message from the client before the server counts as idle. */
export const IDLE_MS = 1000;

/** Heap growth since the last collection here that is worth a collection: smaller growth is left to V8. */
export const HEAP_GROWTH_BYTES = 4 * 1024 * 1024;

export interface IdleCollectionOptions {
  /** The V8 heap's committed size in bytes. */
  heapSize?: () => number;
  idleMs?: number;
  growthBytes?: number;
}

/**
 * Gives memory back once the server goes idle after heavy work. Linting a long Dockerfile
 * allocates about a hundred megabytes of short-lived parse and rule data, and V8 keeps the pages it
 * grew its heap by long after the file is closed: its own memory reducer waits at least 8 s, and
 * only starts after a full collection. So once no message has come for IDLE_MS and the heap has
 * grown by HEAP_GROWTH_BYTES since the last collection here, `collect` runs. Typing in an ordinary
 * file grows the heap far less between pauses, so it does not pay for a full collection each time.
 */
export class IdleCollector {
  private timer: NodeJS.Timeout | undefined;
  private sizeAfterCollection: number;
  private readonly heapSize: () => number;
  private readonly idleMs: number;
  private readonly growthBytes: number;

  constructor(
    private readonly collect: () => void,
    options: IdleCollectionOptions = {},
  ) {
    this.heapSize = options.heapSize ?? (() => getHeapStatistics().total_heap_size);
    this.idleMs = options.idleMs ?? IDLE_MS;
    this.growthBytes = options.growthBytes ?? HEAP_GROWTH_BYTES;
    this.sizeAfterCollection = this.heapSize();
  }

  /** A message arrived: the server is busy, and the idle wait starts again. */
  activity(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.collectIfGrown(), this.idleMs);
    // An idle server that is told to exit must not wait for this.
    this.timer.unref();
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private collectIfGrown(): void {
    this.timer = undefined;
    const size = this.heapSize();
    // V8 may have shrunk the heap by itself meanwhile: growth counts from there.
    if (size < this.sizeAfterCollection + this.growthBytes) {
      this.sizeAfterCollection = Math.min(this.sizeAfterCollection, size);
      return;
    }
    this.collect();
    this.sizeAfterCollection = this.heapSize();
  }
}

/**
 * What the server gives back when idle: the node caches' tables (see NodeCache), then, when `gc` is
 * exposed (--expose-gc), two full collections. Measured after closing a 10,000-line Dockerfile, one
 * collection leaves most of the heap's grown pages committed; the second returns them.
 */
export function releaseMemory(): void {
  releaseNodeCaches();
  const collect = globalThis.gc;
  if (typeof collect !== 'function') return;
  collect();
  collect();
}
