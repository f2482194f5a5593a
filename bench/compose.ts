/**
 * `npm run bench`, Compose part: speed figures for Compose files through the bundled server over
 * stdio. Measures, never asserts. Targets: diagnostics ≤ 30 ms p95, completion ≤ 5 ms p95.
 *   open → diagnostics    a generated 200-service project (build contexts, Dockerfiles, env files on disk)
 *   completion            keys, names and stages in that file, unchanged and right after an edit
 *   in-process lint       the same file linted without the server, and the share of it that is YAML parsing
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { ComposeContext } from '../server/src/compose/context';
import { ComposeEnvironmentReader } from '../server/src/compose/environmentReader';
import { lintCompose } from '../server/src/compose/lint';
import { parseComposeYaml } from '../server/src/compose/parse';
import { SERVER_EXEC_ARGV } from '../server/src/protocol';
import { startServer } from '../test/support/lspClient';

const SERVICES = 200;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}
function summary(samples: number[], target: number): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const p95 = percentile(sorted, 95);
  return `median ${percentile(sorted, 50).toFixed(2)} ms, p95 ${p95.toFixed(2)} ms (n=${samples.length}; target p95 ≤ ${target} ms: ${p95 <= target ? 'met' : 'missed'})`;
}

/** A project of `services` services, a third built from local Dockerfiles, all in one Compose file. */
function generateProject(dir: string, services: number): string {
  const lines = ['name: bench', 'services:'];
  for (let i = 0; i < services; i++) {
    const built = i % 3 === 0;
    if (built) {
      mkdirSync(join(dir, `svc${i}`), { recursive: true });
      writeFileSync(join(dir, `svc${i}/Dockerfile`), `ARG VERSION=1\nFROM node:22 AS build\nRUN echo ${i}\nFROM nginx:1.27 AS runtime\n`);
    }
    writeFileSync(join(dir, `svc${i}.env`), `MODE=${i}\n`);
    lines.push(
      `  svc${i}:`,
      ...(built ? ['    build:', `      context: ./svc${i}`, '      target: runtime', '      args:', '        VERSION: "2"'] : [`    image: example/svc${i}:\${TAG:-1.0}`]),
      `    env_file: svc${i}.env`,
      '    environment:',
      `      PORT: "${8000 + i}"`,
      '      LOG_LEVEL: ${LOG_LEVEL:-info}',
      '    ports:',
      `      - "${10000 + i}:${8000 + i}"`,
      // Each service waits for the one before it: a long chain, no cycle.
      ...(i > 0 ? ['    depends_on:', `      - svc${i - 1}`] : []),
      '    networks: [backend]',
      '    volumes:',
      '      - data:/data',
      '    healthcheck:',
      '      test: ["CMD", "true"]',
      '      interval: 30s',
      '      timeout: 5s',
      '    deploy:',
      '      resources:',
      '        limits:',
      '          memory: 256M',
    );
  }
  lines.push('networks:', '  backend:', 'volumes:', '  data:', '');
  writeFileSync(join(dir, '.env'), 'TAG=2.0\n');
  return lines.join('\n');
}

function inProcessLint(dir: string, text: string): void {
  const reader = new ComposeEnvironmentReader(undefined, {});
  const path = join(dir, 'bench.yaml');
  const samples: number[] = [];
  const parsing: number[] = [];
  for (let i = 0; i <= 30; i++) {
    let start = performance.now();
    parseComposeYaml(text);
    if (i > 0) parsing.push(performance.now() - start);
    start = performance.now();
    const parsed = new ComposeContext(text);
    lintCompose({ text, parsed, environment: reader.environment(parsed, path) });
    if (i > 0) samples.push(performance.now() - start);
  }
  console.log(`compose lint in-process, ${SERVICES} services (${text.split('\n').length} lines): ${summary(samples, 30)}`);
  const fastest = (values: number[]) => Math.min(...values).toFixed(2);
  console.log(`  of which YAML parsing alone (yaml Document API): median ${[...parsing].sort((a, b) => a - b)[parsing.length >> 1].toFixed(2)} ms; fastest run: lint ${fastest(samples)} ms, parse ${fastest(parsing)} ms`);
}

async function serverLatency(dir: string, text: string): Promise<void> {
  const server = await startServer({ configuration: false, execArgv: SERVER_EXEC_ARGV });
  try {
    const opened: number[] = [];
    let uri = '';
    for (let i = 0; i <= 30; i++) {
      uri = pathToFileURL(join(dir, `bench-${i}.yaml`)).toString();
      const published = server.nextDiagnostics(uri, undefined, 60_000);
      const start = performance.now();
      server.open(uri, text, 'dockercompose');
      const diagnostics = await published;
      if (i > 0) opened.push(performance.now() - start); // the first run warms the server up
      if (i === 0 && diagnostics.length > 0) console.log(`(unexpected findings in the bench file: ${diagnostics.slice(0, 3).map((d) => d.code).join(', ')})`);
      if (i < 30) {
        const cleared = server.nextDiagnostics(uri);
        server.close(uri);
        await cleared;
      }
    }
    console.log(`compose open → diagnostics, ${SERVICES} services over stdio: ${summary(opened, 30)}`);

    // Positions in the middle of the file: a new key in a service, a depends_on item, a build target.
    const lines = text.split('\n');
    const middle = lines.indexOf(`  svc${Math.floor(SERVICES / 2) - 1}:`);
    const at = (needle: string) => {
      const line = lines.findIndex((l, i) => i > middle && l.includes(needle));
      return { line, character: lines[line].indexOf(needle) + needle.length };
    };
    const positions = [at('    env_file:'), at('      - svc'), at('      target: ')];
    positions[0].character = 4;
    const completion = async (position: { line: number; character: number }) => {
      const start = performance.now();
      await server.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position });
      return performance.now() - start;
    };
    const unchanged: number[] = [];
    for (let i = 0; i < 150; i++) unchanged.push(await completion(positions[i % positions.length]));
    console.log(`compose completion, unchanged ${SERVICES}-service file: ${summary(unchanged.slice(15), 5)}`);

    // Typing: each keystroke is a new version, sent as a small change as editors send it, and
    // completion is asked for at once (before the new version is linted).
    const typed: number[] = [];
    const edited = lines.findIndex((l, i) => i > middle && l.includes('LOG_LEVEL'));
    const column = lines[edited].length - 1;
    for (let version = 2; version < 102; version++) {
      const insert = version % 2 === 0;
      const range = insert ? { start: { line: edited, character: column }, end: { line: edited, character: column } } : { start: { line: edited, character: column }, end: { line: edited, character: column + 1 } };
      void server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text: insert ? 'x' : '' }] });
      typed.push(await completion(positions[version % positions.length]));
    }
    console.log(`compose completion right after an edit: ${summary(typed.slice(10), 5)}`);
  } finally {
    await server.stop();
  }
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'berth-compose-bench-'));
  try {
    const text = generateProject(dir, SERVICES);
    console.log(`Berth Compose benchmarks on node ${process.version}, ${process.platform}/${process.arch}`);
    inProcessLint(dir, text);
    await serverLatency(dir, text);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
