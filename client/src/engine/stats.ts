/**
 * Live CPU and memory of running containers from the engine's stats streams (one sample a second
 * per container), computed as `docker stats` computes them. Streams are open only for the ids
 * last passed to `watch`; `dispose` closes them all.
 */
import type { Readable } from 'node:stream';
import { isAbortError, type Engine } from './connect';

export interface StatsSample {
  /** Percent of one CPU (200 = two CPUs busy), as `docker stats` shows; undefined on the first sample. */
  cpuPercent: number | undefined;
  /** Memory in use without the page cache, in bytes. */
  memoryBytes: number | undefined;
  memoryLimit: number | undefined;
}

interface CpuStats {
  cpu_usage?: { total_usage?: number; percpu_usage?: number[] };
  system_cpu_usage?: number;
  online_cpus?: number;
}

export interface RawStats {
  cpu_stats?: CpuStats;
  precpu_stats?: CpuStats;
  memory_stats?: { usage?: number; limit?: number; stats?: Record<string, number> };
}

export function statsSample(raw: RawStats): StatsSample {
  const cpu = raw.cpu_stats;
  const pre = raw.precpu_stats;
  let cpuPercent: number | undefined;
  // The first sample has no previous reading (system usage 0): no rate to compute yet.
  if (cpu?.cpu_usage?.total_usage !== undefined && cpu.system_cpu_usage && pre?.system_cpu_usage && pre.cpu_usage?.total_usage !== undefined) {
    const cpuDelta = cpu.cpu_usage.total_usage - pre.cpu_usage.total_usage;
    const systemDelta = cpu.system_cpu_usage - pre.system_cpu_usage;
    const cpus = cpu.online_cpus || cpu.cpu_usage.percpu_usage?.length || 1;
    cpuPercent = systemDelta > 0 && cpuDelta >= 0 ? (cpuDelta / systemDelta) * cpus * 100 : 0;
  }
  const memory = raw.memory_stats;
  let memoryBytes: number | undefined;
  if (memory?.usage !== undefined) {
    // cgroup v1 reports total_inactive_file, v2 inactive_file; docker stats subtracts it.
    const cache = memory.stats?.total_inactive_file ?? memory.stats?.inactive_file ?? 0;
    memoryBytes = cache < memory.usage ? memory.usage - cache : memory.usage;
  }
  return { cpuPercent, memoryBytes, memoryLimit: memory?.limit || undefined };
}

/**
 * Reads a stats stream, handing each sample to `onSample` (a burst of lines: only the newest);
 * resolves when the stream ends, whether the container stopped, the engine went away or the
 * caller aborted.
 */
export function readStatsStream(stream: Readable, onSample: (sample: StatsSample) => void): Promise<void> {
  return new Promise((resolve) => {
    let pending = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      const lines = (pending + chunk).split('\n');
      pending = lines.pop() ?? '';
      const last = lines.filter((line) => line.trim()).pop();
      if (!last) return;
      let raw: RawStats;
      try {
        raw = JSON.parse(last) as RawStats;
      } catch {
        return; // a torn line: the next sample, a second later, replaces it
      }
      onSample(statsSample(raw));
    });
    // Stream errors (the container stopped, the engine went away) end in close like a normal end.
    stream.on('error', () => undefined);
    stream.once('close', () => resolve());
  });
}

/**
 * Follows one container's stats until `signal` aborts or the stream ends, and resolves then;
 * rejects with an EngineError when the stream cannot be opened (the container is gone, the engine
 * does not answer).
 */
export async function followStats(engine: Engine, id: string, signal: AbortSignal, onSample: (sample: StatsSample) => void): Promise<void> {
  let stream: Readable;
  try {
    stream = await engine.stats(id, signal);
  } catch (error) {
    if (isAbortError(error)) return;
    throw error;
  }
  await readStatsStream(stream, onSample);
}

export class StatsWatcher {
  private readonly streams = new Map<string, AbortController>();
  private disposed = false;

  constructor(
    private readonly engine: Engine,
    private readonly onSample: (id: string, sample: StatsSample) => void,
  ) {}

  /** Number of open (or opening) streams. */
  get watching(): number {
    return this.streams.size;
  }

  /** Streams exactly these containers: opens the new ones, closes the rest. */
  watch(ids: Iterable<string>): void {
    if (this.disposed) return;
    const wanted = new Set(ids);
    for (const [id, controller] of this.streams) {
      if (!wanted.has(id)) {
        controller.abort();
        this.streams.delete(id);
      }
    }
    for (const id of wanted) if (!this.streams.has(id)) this.open(id);
  }

  dispose(): void {
    this.disposed = true;
    for (const controller of this.streams.values()) controller.abort();
    this.streams.clear();
  }

  private open(id: string): void {
    const controller = new AbortController();
    this.streams.set(id, controller);
    const forget = () => {
      if (this.streams.get(id) === controller) this.streams.delete(id);
    };
    // A container that stopped between the event and the request has no stats: nothing to show.
    followStats(this.engine, id, controller.signal, (sample) => this.onSample(id, sample)).then(forget, forget);
  }
}
