/**
 * What the Show Stats chart draws, as plain data: the samples of the last few minutes, turned into
 * SVG lines in a fixed plot box with a rounded axis top, and the figures beside them. The webview
 * only copies these into its elements, so everything that can be wrong is tested here.
 */
import type { StatsSample } from '../../engine/stats';
import { formatMemory } from '../../explorer/format';

export const STATS_WINDOW_MS = 5 * 60_000;
/** The plot's SVG box; the webview stretches it to its width (strokes keep their width). */
export const PLOT = { width: 600, height: 120 } as const;

export interface TimedSample extends StatsSample {
  /** When the sample arrived, in ms. */
  time: number;
}

export interface ChartSeries {
  /** SVG polyline points, oldest first; '' when there is nothing to draw. */
  line: string;
  /** SVG path of the area under the line down to the baseline; '' with fewer than two points. */
  area: string;
  /** The axis top, as a label ("20%", "64 MiB"). */
  axisTop: string;
  /** The newest value, as a label; undefined before the first. */
  current: string | undefined;
  /** The highest value in the window, as a label. */
  peak: string | undefined;
  /** Height of a limit line in the plot box, when the limit is within the axis. */
  limitY: number | undefined;
}

export interface StatsChart {
  samples: number;
  cpu: ChartSeries;
  memory: ChartSeries;
  /** The memory limit, as a label ("15.6 GiB"). */
  memoryLimit: string | undefined;
}

/** The samples of the last `windowMs` before `now`, oldest first. */
export function trimWindow(samples: readonly TimedSample[], now: number, windowMs = STATS_WINDOW_MS): TimedSample[] {
  const start = now - windowMs;
  const first = samples.findIndex((sample) => sample.time >= start);
  return first === -1 ? [] : samples.slice(first);
}

/** Adds a sample and drops those that left the window. */
export function appendSample(samples: readonly TimedSample[], sample: TimedSample, windowMs = STATS_WINDOW_MS): TimedSample[] {
  return trimWindow([...samples, sample], sample.time, windowMs);
}

/** The smallest 1, 2 or 5 × 10ⁿ at or above `value` (and at least `minimum`). */
export function niceCeiling(value: number, minimum: number): number {
  const target = Math.max(value, minimum);
  const magnitude = 10 ** Math.floor(Math.log10(target));
  const step = [1, 2, 5, 10].find((s) => s * magnitude >= target * (1 - 1e-9))!;
  return step * magnitude;
}

/** The smallest power of two of bytes at or above `value` (1 MiB at least): axis tops read 32 MiB, 1 GiB. */
export function memoryCeiling(value: number): number {
  return 2 ** Math.ceil(Math.log2(Math.max(value, 1024 * 1024)));
}

/** Memory without a needless ".0": "32 MiB", "1.5 GiB". */
function memoryLabel(bytes: number): string {
  return formatMemory(bytes).replace(/\.0 /, ' ');
}

function percentLabel(value: number): string {
  return `${value < 10 ? value.toFixed(1) : value.toFixed(0)}%`;
}

const round = (n: number) => Math.round(n * 10) / 10;

interface Point {
  time: number;
  value: number;
}

function series(points: Point[], now: number, windowMs: number, top: number, label: (value: number) => string, limit?: number): ChartSeries {
  const start = now - windowMs;
  const xy = points.map(({ time, value }) => [round(((time - start) / windowMs) * PLOT.width), round(PLOT.height - (value / top) * PLOT.height)]);
  const line = xy.map(([x, y]) => `${x},${y}`).join(' ');
  const area = xy.length < 2 ? '' : `M${xy[0][0]},${PLOT.height} ${xy.map(([x, y]) => `L${x},${y}`).join(' ')} L${xy[xy.length - 1][0]},${PLOT.height} Z`;
  const peak = points.length ? Math.max(...points.map((p) => p.value)) : undefined;
  return {
    line,
    area,
    axisTop: label(top),
    current: points.length ? label(points[points.length - 1].value) : undefined,
    peak: peak === undefined ? undefined : label(peak),
    limitY: limit !== undefined && limit <= top ? round(PLOT.height - (limit / top) * PLOT.height) : undefined,
  };
}

/**
 * The chart for `samples` (oldest first) at time `now`: time runs left to right over the window,
 * CPU on a 1-2-5 axis (1% at least), memory on a power-of-two axis that takes in the limit when
 * the limit is less than four times the peak (so a near limit shows as a line, a far one as text).
 */
export function statsChart(samples: readonly TimedSample[], now: number, windowMs = STATS_WINDOW_MS): StatsChart {
  const shown = trimWindow(samples, now, windowMs);
  const cpu = shown.filter((s) => s.cpuPercent !== undefined).map((s) => ({ time: s.time, value: s.cpuPercent! }));
  const memory = shown.filter((s) => s.memoryBytes !== undefined).map((s) => ({ time: s.time, value: s.memoryBytes! }));
  const limit = [...shown].reverse().find((s) => s.memoryLimit !== undefined)?.memoryLimit;
  const cpuTop = niceCeiling(Math.max(0, ...cpu.map((p) => p.value)), 1);
  const memoryPeak = Math.max(0, ...memory.map((p) => p.value));
  const memoryTop = memoryCeiling(limit !== undefined && limit < 4 * memoryPeak ? limit : memoryPeak);
  return {
    samples: shown.length,
    cpu: series(cpu, now, windowMs, cpuTop, percentLabel),
    memory: series(memory, now, windowMs, memoryTop, memoryLabel, limit),
    memoryLimit: limit === undefined ? undefined : memoryLabel(limit),
  };
}
