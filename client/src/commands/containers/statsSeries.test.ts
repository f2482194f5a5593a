import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PLOT, appendSample, memoryCeiling, niceCeiling, statsChart, trimWindow, type TimedSample } from './statsSeries';

const MiB = 1024 * 1024;
const sample = (time: number, cpuPercent: number | undefined, memoryBytes: number | undefined, memoryLimit?: number): TimedSample => ({ time, cpuPercent, memoryBytes, memoryLimit });

test('the window keeps the samples of its last minutes, oldest first; appending drops what left it', () => {
  const samples = [sample(1_000, 1, 1), sample(2_000, 2, 2), sample(3_000, 3, 3)];
  assert.deepEqual(trimWindow(samples, 3_500, 2_000).map((s) => s.time), [2_000, 3_000]);
  assert.deepEqual(trimWindow(samples, 10_000, 2_000), []);
  assert.deepEqual(appendSample(samples, sample(4_000, 4, 4), 2_000).map((s) => s.time), [2_000, 3_000, 4_000]);
  // Five minutes of one sample a second stay at about 300 however long the panel is open.
  let history: TimedSample[] = [];
  for (let t = 0; t <= 20 * 60_000; t += 1_000) history = appendSample(history, sample(t, 1, MiB));
  assert.equal(history.length, 301);
});

test('axis tops: CPU on 1-2-5 steps from 1%, memory on powers of two from 1 MiB', () => {
  assert.deepEqual([0, 0.3, 1, 1.2, 12, 20, 150].map((v) => niceCeiling(v, 1)), [1, 1, 1, 2, 20, 20, 200]);
  assert.deepEqual([0, 3 * MiB, 24 * MiB, 32 * MiB, 1.5 * 1024 * MiB].map(memoryCeiling), [MiB, 4 * MiB, 32 * MiB, 32 * MiB, 2048 * MiB]);
});

test('time runs left to right over the window and values up from the baseline to the axis top', () => {
  const now = 300_000;
  const chart = statsChart([sample(0, undefined, 8 * MiB), sample(150_000, 5, 16 * MiB), sample(300_000, 10, 24 * MiB)], now, 300_000);
  assert.equal(chart.samples, 3);
  // The first sample has no CPU rate yet: two CPU points, three memory points.
  assert.equal(chart.cpu.line, `${PLOT.width / 2},${PLOT.height / 2} ${PLOT.width},0`);
  assert.equal(chart.cpu.axisTop, '10%');
  assert.equal(chart.cpu.current, '10%');
  assert.equal(chart.memory.line, `0,${PLOT.height * 0.75} ${PLOT.width / 2},${PLOT.height / 2} ${PLOT.width},${PLOT.height * 0.25}`);
  assert.equal(chart.memory.axisTop, '32 MiB');
  assert.equal(chart.memory.current, '24 MiB');
  assert.equal(chart.memory.peak, '24 MiB');
  assert.equal(chart.cpu.area, `M${PLOT.width / 2},${PLOT.height} L${PLOT.width / 2},${PLOT.height / 2} L${PLOT.width},0 L${PLOT.width},${PLOT.height} Z`);
});

test('a near memory limit is taken into the axis and drawn as a line; a far one is only named', () => {
  const near = statsChart([sample(0, 1, 40 * MiB, 64 * MiB), sample(1_000, 1, 48 * MiB, 64 * MiB)], 1_000);
  assert.equal(near.memory.axisTop, '64 MiB');
  assert.equal(near.memory.limitY, 0);
  assert.equal(near.memoryLimit, '64 MiB');
  const far = statsChart([sample(0, 1, 40 * MiB, 16 * 1024 * MiB)], 1_000);
  assert.equal(far.memory.axisTop, '64 MiB');
  assert.equal(far.memory.limitY, undefined);
  assert.equal(far.memoryLimit, '16 GiB');
});

test('peaks and labels: small CPU figures keep a decimal; nothing to draw before the first sample', () => {
  const chart = statsChart([sample(0, 0.25, MiB), sample(1_000, 37.4, MiB), sample(2_000, 3.06, MiB)], 2_000);
  assert.equal(chart.cpu.peak, '37%');
  assert.equal(chart.cpu.current, '3.1%');
  assert.equal(chart.cpu.axisTop, '50%');
  const empty = statsChart([], 0);
  assert.deepEqual([empty.samples, empty.cpu.line, empty.cpu.area, empty.cpu.current, empty.memory.peak, empty.memoryLimit], [0, '', '', undefined, undefined, undefined]);
  // One point is a line of one point (no area): the webview shows a dot's worth, not a false slope.
  assert.equal(statsChart([sample(0, undefined, MiB)], 0).memory.area, '');
});
