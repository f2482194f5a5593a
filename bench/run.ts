/**
 * `npm run bench`: prints Berth's speed figures. Measures, never asserts.
 *   lint throughput      files/s and MB/s over ordinary Dockerfiles, in-process, one core, once the JIT has
 *                        compiled the rules (and by CPU time over the first files, before it has)
 *   lint 10,000 lines    in-process time to lint one long file (median of runs), and to parse it alone
 *   open → diagnostics   median and p95 through the bundled server over stdio, 100/1,000/10,000 lines
 *   server memory        the server's resident set after those runs
 * Each time is also given as CPU time (this process's, or the server's from /proc), which a busy
 * machine disturbs far less than wall time: compare those between runs.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { SERVER_EXEC_ARGV } from '../server/src/protocol';
import { parseDockerfile } from '../server/src/dockerfile/parse';
import { lintDockerfile } from '../server/src/lint/runner';
import { startServer } from '../test/support/lspClient';
import { longDockerfile, ordinaryDockerfile } from './corpus';
import { editingLatency } from './editing';
import { processCpuMilliseconds } from './processStats';

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}
function summary(samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  return `median ${percentile(sorted, 50).toFixed(2)} ms, p95 ${percentile(sorted, 95).toFixed(2)} ms (n=${samples.length})`;
}

/** Milliseconds of CPU (user and system) this process has used. */
function cpuMilliseconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

function lintThroughput(): void {
  const files = Array.from({ length: 500 }, (_, i) => ordinaryDockerfile(i));
  const bytes = files.reduce((n, f) => n + Buffer.byteLength(f), 0);
  // The JIT needs about 2,000 lints to compile the rules; a CLI run over a few files pays that, so the first pass is reported apart.
  const coldStart = cpuMilliseconds();
  for (const text of files) lintDockerfile({ text });
  const coldRate = files.length / ((cpuMilliseconds() - coldStart) / 1000);
  for (let r = 0; r < 3; r++) for (const text of files) lintDockerfile({ text });
  const rounds = 4;
  const start = performance.now();
  const startCpu = cpuMilliseconds();
  for (let r = 0; r < rounds; r++) for (const text of files) lintDockerfile({ text });
  const seconds = (performance.now() - start) / 1000;
  const cpuSeconds = (cpuMilliseconds() - startCpu) / 1000;
  const count = files.length * rounds;
  console.log(`lint throughput: ${(count / seconds).toFixed(0)} files/s, ${((bytes * rounds) / seconds / 1e6).toFixed(2)} MB/s (${count} ordinary Dockerfiles, ~${Math.round(bytes / files.length)} bytes each, one core); by CPU time ${(count / cpuSeconds).toFixed(0)} files/s, and ${coldRate.toFixed(0)} files/s over the first ${files.length} while the JIT compiles`);
}

/** Wall and CPU milliseconds of each of `runs` calls of `run`, after one call to warm it up. */
function timeRuns(runs: number, run: () => void): { wall: number[]; cpu: number[] } {
  run();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const startCpu = cpuMilliseconds();
    run();
    wall.push(performance.now() - start);
    cpu.push(cpuMilliseconds() - startCpu);
  }
  return { wall, cpu };
}

function longFileLint(): void {
  const text = longDockerfile(10_000);
  // Each measured in runs of its own, so each pays for its own garbage.
  const lint = timeRuns(10, () => lintDockerfile({ text }));
  const parse = timeRuns(10, () => parseDockerfile(text));
  console.log(`lint one 10,000-line Dockerfile in-process: ${summary(lint.wall)}; CPU ${summary(lint.cpu)}`);
  console.log(`  of which dockerfile-ast's parse alone, the floor the parser sets: ${summary(parse.wall)}; CPU ${summary(parse.cpu)}`);
}

function residentMegabytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

async function serverLatency(): Promise<void> {
  const server = await startServer({ configuration: false, execArgv: SERVER_EXEC_ARGV });
  try {
    for (const lines of [100, 1_000, 10_000]) {
      const text = longDockerfile(lines);
      const samples: number[] = [];
      const runs = lines === 10_000 ? 20 : 50;
      let cpuStart: number | undefined;
      for (let i = 0; i <= runs; i++) {
        if (i === 1) cpuStart = processCpuMilliseconds(server.process.pid);
        const uri = `file:///bench/${lines}/${i}/Dockerfile`;
        const published = server.nextDiagnostics(uri, undefined, 60_000);
        const start = performance.now();
        server.open(uri, text);
        await published;
        if (i > 0) samples.push(performance.now() - start); // the first run warms the server up
        const cleared = server.nextDiagnostics(uri);
        server.close(uri);
        await cleared;
      }
      const cpuEnd = processCpuMilliseconds(server.process.pid);
      // The server's CPU per open and close, on average: /proc counts in 10 ms ticks, too coarse for one run.
      const cpu = cpuStart === undefined || cpuEnd === undefined ? '' : `; server CPU mean ${((cpuEnd - cpuStart) / runs).toFixed(1)} ms`;
      console.log(`open → diagnostics, ${lines.toLocaleString('en')} lines over stdio: ${summary(samples)}${cpu}`);
    }
    if (process.platform === 'linux' && server.process.pid) console.log(`server resident memory after these runs: ${residentMegabytes(server.process.pid).toFixed(1)} MB`);
  } finally {
    await server.stop();
  }
}

async function main(): Promise<void> {
  console.log(`Berth benchmarks on node ${process.version}, ${process.platform}/${process.arch}`);
  lintThroughput();
  longFileLint();
  await serverLatency();
  await editingLatency();
}

void main();
