/**
 * `npm run bench`, Compose part: speed figures for Compose files through the bundled server over
 * stdio. Measures, never asserts. Targets: diagnostics ≤ 30 ms p95, completion ≤ 5 ms p95.
 *   yaml floor            yaml's own parse of the file, nothing of Berth's: what a lint on open cannot beat
 *   in-process lint       the same file linted without the server: whole, and after an edit in one service
 *   open → diagnostics    a generated 200-service project (build contexts, Dockerfiles, env files on disk)
 *   edit → diagnostics    a character typed in one service, after the server's debounce
 *   completion            keys, names and stages in that file, unchanged and right after an edit
 * Wall times on a shared machine wander; the server's CPU per operation (from /proc) is printed beside them.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ComposeContext } from '../server/src/compose/context';
import { ParsedComposeDocuments } from '../server/src/compose/documents';
import { ComposeEnvironmentReader } from '../server/src/compose/environmentReader';
import { lintCompose } from '../server/src/compose/lint';
import { parseDocuments } from '../server/src/compose/parse';
import { LINT_DEBOUNCE_MS } from '../server/src/lintScheduler';
import { SERVER_EXEC_ARGV } from '../server/src/protocol';
import { startServer } from '../test/support/lspClient';
import { processCpuMilliseconds } from './processStats';

const SERVICES = 200;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}
function summary(samples: number[], target?: number): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const p95 = percentile(sorted, 95);
  const verdict = target === undefined ? '' : `; target p95 ≤ ${target} ms: ${p95 <= target ? 'met' : 'missed'}`;
  return `median ${percentile(sorted, 50).toFixed(2)} ms, p95 ${p95.toFixed(2)} ms (n=${samples.length}${verdict})`;
}

/** The server's CPU per operation over a run, from /proc (10 ms ticks, so only a mean over many is worth printing). */
function serverCpu(pid: number | undefined, run: () => Promise<number>): Promise<string> {
  const before = processCpuMilliseconds(pid);
  return run().then((count) => {
    const after = processCpuMilliseconds(pid);
    return before === undefined || after === undefined ? '' : `; server CPU ${((after - before) / count).toFixed(2)} ms per operation (mean)`;
  });
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

/** Where a character is typed in the benchmarks: the end of a value in the middle service. */
function editPlace(lines: readonly string[]): { line: number; character: number } {
  const middle = lines.indexOf(`  svc${Math.floor(SERVICES / 2) - 1}:`);
  const line = lines.findIndex((l, i) => i > middle && l.includes('LOG_LEVEL'));
  return { line, character: lines[line].length - 1 };
}

/** The change that types a character at `at` in even versions and deletes it again in odd ones. */
function typing(at: { line: number; character: number }, version: number) {
  const insert = version % 2 === 0;
  return { range: { start: at, end: { line: at.line, character: at.character + (insert ? 0 : 1) } }, text: insert ? 'x' : '' };
}

function milliseconds(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

function inProcessLint(dir: string, text: string): void {
  const reader = new ComposeEnvironmentReader(undefined, {});
  const path = join(dir, 'bench.yaml');
  const floor: number[] = [];
  const whole: number[] = [];
  for (let i = 0; i <= 30; i++) {
    const parse = milliseconds(() => parseDocuments(text));
    const lint = milliseconds(() => {
      const parsed = new ComposeContext(text);
      lintCompose({ text, parsed, environment: reader.environment(parsed, path) });
    });
    if (i === 0) continue; // warm-up
    floor.push(parse);
    whole.push(lint);
  }
  console.log(`yaml floor: yaml's own parse of the ${SERVICES}-service file (${text.split('\n').length} lines), nothing of Berth's: ${summary(floor)}`);
  console.log(`  a lint on open parses the whole file, so this is as low as diagnostics on open can go (target p95 ≤ 30 ms)`);
  console.log(`compose lint in-process, whole file: ${summary(whole, 30)}`);

  // As the server does per version: parse (reparsing the edited service), read the disk, run the rules.
  const parses = new ParsedComposeDocuments();
  let document = TextDocument.create(pathToFileURL(path).toString(), 'dockercompose', 1, text);
  parses.get(document);
  const at = editPlace(text.split('\n'));
  const edited: number[] = [];
  for (let version = 2; version <= 61; version++) {
    document = TextDocument.update(document, [typing(at, version)], version);
    const lint = milliseconds(() => {
      const file = parses.attach(document, reader.environment(parses.get(document), path));
      lintCompose({ text: document.getText(), parsed: file, environment: file.environment });
    });
    if (version > 11) edited.push(lint);
  }
  console.log(`compose lint in-process after a character typed in one service: ${summary(edited, 30)}`);
}

async function serverLatency(dir: string, text: string): Promise<void> {
  const server = await startServer({ configuration: false, execArgv: SERVER_EXEC_ARGV });
  const pid = server.process.pid;
  try {
    const opened: number[] = [];
    let uri = '';
    const openCpu = await serverCpu(pid, async () => {
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
      return 31;
    });
    console.log(`compose open → diagnostics, ${SERVICES} services over stdio: ${summary(opened, 30)}${openCpu}`);

    // Typing: each keystroke is a new version, sent as a small change as editors send it.
    const lines = text.split('\n');
    const typedAt = editPlace(lines);
    let version = 1;
    const type = () => {
      version++;
      void server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [typing(typedAt, version)] });
    };
    const relinted: number[] = [];
    const editCpu = await serverCpu(pid, async () => {
      for (let i = 0; i < 40; i++) {
        const typedVersion = version + 1;
        const published = server.nextDiagnostics(uri, (p) => p.version === typedVersion, 60_000);
        const start = performance.now();
        type();
        await published;
        relinted.push(performance.now() - start - LINT_DEBOUNCE_MS);
      }
      return 40;
    });
    console.log(`compose edit → diagnostics, a character typed in one service, after the ${LINT_DEBOUNCE_MS} ms debounce: ${summary(relinted.slice(5), 30)}${editCpu}`);

    // Positions in the middle of the file: a new key in a service, a depends_on item, a build target.
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
    const unchangedCpu = await serverCpu(pid, async () => {
      for (let i = 0; i < 150; i++) unchanged.push(await completion(positions[i % positions.length]));
      return 150;
    });
    console.log(`compose completion, unchanged ${SERVICES}-service file: ${summary(unchanged.slice(15), 5)}${unchangedCpu}`);

    // Completion asked at once after each keystroke (before the new version is linted).
    const typed: number[] = [];
    const typedCpu = await serverCpu(pid, async () => {
      for (let i = 0; i < 100; i++) {
        type();
        typed.push(await completion(positions[i % positions.length]));
      }
      return 100;
    });
    console.log(`compose completion right after an edit: ${summary(typed.slice(10), 5)}${typedCpu}`);
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
