/**
 * `npm run bench`: prints Berth's speed figures. Measures, never asserts.
 *   lint throughput      files/s and MB/s over ordinary Dockerfiles, in-process, one core
 *   lint 10,000 lines    in-process time to lint one long file (median of runs)
 *   open → diagnostics   median and p95 through the bundled server over stdio, 100/1,000/10,000 lines
 *   server memory        the server's resident set after those runs
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { SERVER_EXEC_ARGV } from '../server/src/protocol';
import { lintDockerfile } from '../server/src/lint/runner';
import { startServer } from '../test/support/lspClient';
import { longDockerfile, ordinaryDockerfile } from './corpus';

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}
function summary(samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  return `median ${percentile(sorted, 50).toFixed(2)} ms, p95 ${percentile(sorted, 95).toFixed(2)} ms (n=${samples.length})`;
}

function lintThroughput(): void {
  const files = Array.from({ length: 500 }, (_, i) => ordinaryDockerfile(i));
  const bytes = files.reduce((n, f) => n + Buffer.byteLength(f), 0);
  for (const text of files.slice(0, 50)) lintDockerfile({ text }); // warm-up: JIT and lazy modules
  const rounds = 4;
  const start = performance.now();
  for (let r = 0; r < rounds; r++) for (const text of files) lintDockerfile({ text });
  const seconds = (performance.now() - start) / 1000;
  const count = files.length * rounds;
  console.log(`lint throughput: ${(count / seconds).toFixed(0)} files/s, ${((bytes * rounds) / seconds / 1e6).toFixed(2)} MB/s (${count} ordinary Dockerfiles, ~${Math.round(bytes / files.length)} bytes each, one core)`);
}

function longFileLint(): void {
  const text = longDockerfile(10_000);
  lintDockerfile({ text });
  const samples: number[] = [];
  for (let i = 0; i < 10; i++) {
    const start = performance.now();
    lintDockerfile({ text });
    samples.push(performance.now() - start);
  }
  console.log(`lint one 10,000-line Dockerfile in-process: ${summary(samples)}`);
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
      for (let i = 0; i <= runs; i++) {
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
      console.log(`open → diagnostics, ${lines.toLocaleString('en')} lines over stdio: ${summary(samples)}`);
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
}

void main();
