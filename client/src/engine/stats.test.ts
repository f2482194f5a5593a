import { test } from 'node:test';
import assert from 'node:assert/strict';
import { statsSample } from './stats';

test('CPU percent is the container\'s share of the system\'s time, times the CPUs, as docker stats computes it', () => {
  const sample = statsSample({
    cpu_stats: { cpu_usage: { total_usage: 3_000_000_000 }, system_cpu_usage: 20_000_000_000, online_cpus: 2 },
    precpu_stats: { cpu_usage: { total_usage: 2_000_000_000 }, system_cpu_usage: 10_000_000_000 },
    memory_stats: { usage: 50_000_000, limit: 1_000_000_000, stats: { inactive_file: 10_000_000 } },
  });
  assert.deepEqual(sample, { cpuPercent: 20, memoryBytes: 40_000_000, memoryLimit: 1_000_000_000 });
});

test('the first sample has no rate yet; cgroup v1 subtracts total_inactive_file', () => {
  const sample = statsSample({
    cpu_stats: { cpu_usage: { total_usage: 5, percpu_usage: [1, 2, 2] }, system_cpu_usage: 100 },
    precpu_stats: { cpu_usage: { total_usage: 0 }, system_cpu_usage: 0 },
    memory_stats: { usage: 2_000, stats: { total_inactive_file: 500, inactive_file: 9 } },
  });
  assert.deepEqual(sample, { cpuPercent: undefined, memoryBytes: 1_500, memoryLimit: undefined });
});
