/**
 * Live stats for the Containers view: streams for the most recently created running containers,
 * the latest sample of each, and a tick at most every `intervalMs` when samples have arrived, so
 * descriptions change every couple of seconds rather than once per stream per second.
 */
import type { ContainerInfo, Engine } from '../engine/connect';
import { StatsWatcher, type StatsSample } from '../engine/stats';

export class ContainerStats {
  private readonly watcher: StatsWatcher;
  private readonly latest = new Map<string, StatsSample>();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    engine: Engine,
    private readonly intervalMs: number,
    private readonly maxStreams: number,
    private readonly onTick: () => void,
  ) {
    this.watcher = new StatsWatcher(engine, (id, sample) => {
      this.latest.set(id, sample);
      this.timer ??= setTimeout(() => {
        this.timer = undefined;
        this.onTick();
      }, this.intervalMs);
    });
  }

  get samples(): ReadonlyMap<string, StatsSample> {
    return this.latest;
  }

  get streams(): number {
    return this.watcher.watching;
  }

  /** Streams the running ones among `containers` (newest first, up to the limit); forgets the rest. */
  follow(containers: Iterable<ContainerInfo>): void {
    const running = [...containers]
      .filter((c) => c.State === 'running')
      .sort((a, b) => b.Created - a.Created)
      .slice(0, this.maxStreams)
      .map((c) => c.Id);
    this.watcher.watch(running);
    const wanted = new Set(running);
    for (const id of this.latest.keys()) if (!wanted.has(id)) this.latest.delete(id);
  }

  dispose(): void {
    this.watcher.dispose();
    clearTimeout(this.timer);
    this.latest.clear();
  }
}
