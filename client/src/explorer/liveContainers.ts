/**
 * What changes in the Containers view without an engine event, while the view is visible: live
 * stats (streams for the most recently created running containers, the latest sample of each)
 * and the time each container has been in its state ("Up 3 minutes"). Both reach the view as
 * ticks: at most every `statsIntervalMs` when samples have arrived, so descriptions change every
 * couple of seconds rather than once per stream per second, and every `statusRefreshMs` anyway.
 */
import type { ContainerInfo, Engine } from '../engine/connect';
import { StatsWatcher, type StatsSample } from '../engine/stats';

export interface LiveOptions {
  /** Stream CPU and memory of running containers at all. */
  stats: boolean;
  statsIntervalMs: number;
  /** At most this many stats streams (the most recently created running containers). */
  maxStatsStreams: number;
  /** How often status durations move on. */
  statusRefreshMs: number;
}

export class LiveContainers {
  private readonly watcher: StatsWatcher | undefined;
  private readonly latest = new Map<string, StatsSample>();
  private statsTimer: NodeJS.Timeout | undefined;
  private readonly statusClock: NodeJS.Timeout;

  constructor(engine: Engine, private readonly options: LiveOptions, private readonly onTick: () => void) {
    this.watcher = options.stats ? new StatsWatcher(engine, (id, sample) => this.sampled(id, sample)) : undefined;
    this.statusClock = setInterval(onTick, options.statusRefreshMs);
  }

  get samples(): ReadonlyMap<string, StatsSample> {
    return this.latest;
  }

  get streams(): number {
    return this.watcher?.watching ?? 0;
  }

  /** Streams the running ones among `containers` (newest first, up to the limit); forgets the rest. */
  follow(containers: Iterable<ContainerInfo>): void {
    if (!this.watcher) return;
    const running = [...containers]
      .filter((c) => c.State === 'running')
      .sort((a, b) => b.Created - a.Created)
      .slice(0, this.options.maxStatsStreams)
      .map((c) => c.Id);
    this.watcher.watch(running);
    const wanted = new Set(running);
    for (const id of this.latest.keys()) if (!wanted.has(id)) this.latest.delete(id);
  }

  dispose(): void {
    this.watcher?.dispose();
    clearTimeout(this.statsTimer);
    clearInterval(this.statusClock);
    this.latest.clear();
  }

  private sampled(id: string, sample: StatsSample): void {
    this.latest.set(id, sample);
    this.statsTimer ??= setTimeout(() => {
      this.statsTimer = undefined;
      this.onTick();
    }, this.options.statsIntervalMs);
  }
}
