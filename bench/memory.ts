/**
 * `npm run bench` (memory): the bundled server's resident memory, started as the client starts it
 * (SERVER_EXEC_ARGV; `npm run bench` builds the minified bundle the .vsix ships), at three moments:
 *   start      once it has answered `initialize`
 *   after      right after opening and closing the generated 100-, 1,000- and 10,000-line
 *              Dockerfiles as bench/run.ts's open → diagnostics runs do (every document closed)
 *   settled    after SETTLE_MS with no message, as when the user goes back to typing elsewhere,
 *              and after LATER_MS, once V8's own memory reducer (which waits 8 s) has had its turn
 * Each figure is the resident set from /proc with its anonymous part (heaps, malloc) and its
 * file-backed part (the node binary's and libraries' pages). Measures, never asserts; Linux only.
 */
import { readFileSync } from 'node:fs';
import { setTimeout as delay } from 'node:timers/promises';
import { SERVER_EXEC_ARGV } from '../server/src/protocol';
import { startServer, type ServerSession } from '../test/support/lspClient';
import { longDockerfile } from './corpus';

/** How long the server is left alone before the settled figures. */
const SETTLE_MS = 2_000;
const LATER_MS = 12_000;
/** How long after `initialize` the start figure is read: the server has nothing to do by then. */
const START_MS = 500;

function residentSet(pid: number): string {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const megabytes = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) / 1024;
  return `${megabytes('VmRSS').toFixed(1)} MB (anonymous ${megabytes('RssAnon').toFixed(1)}, files ${megabytes('RssFile').toFixed(1)}; peak ${megabytes('VmHWM').toFixed(1)})`;
}

/** bench/run.ts's workload: each file opened, linted and closed 51, 51 and 21 times. */
async function openAndCloseLongDockerfiles(server: ServerSession): Promise<void> {
  for (const lines of [100, 1_000, 10_000]) {
    const text = longDockerfile(lines);
    const runs = lines === 10_000 ? 20 : 50;
    for (let i = 0; i <= runs; i++) {
      const uri = `file:///bench/${lines}/${i}/Dockerfile`;
      await server.openLinted(uri, text, 'dockerfile', 60_000);
      const cleared = server.nextDiagnostics(uri);
      server.close(uri);
      await cleared;
    }
  }
}

async function main(): Promise<void> {
  if (process.platform !== 'linux') {
    console.log('server memory: reads /proc, Linux only');
    return;
  }
  const server = await startServer({ configuration: false, execArgv: SERVER_EXEC_ARGV });
  const pid = server.process.pid!;
  try {
    await delay(START_MS);
    console.log(`server resident memory at start: ${residentSet(pid)}`);
    await openAndCloseLongDockerfiles(server);
    console.log(`server resident memory after the open → diagnostics runs: ${residentSet(pid)}`);
    await delay(SETTLE_MS);
    console.log(`server resident memory ${SETTLE_MS / 1000} s later, idle: ${residentSet(pid)}`);
    await delay(LATER_MS - SETTLE_MS);
    console.log(`server resident memory ${LATER_MS / 1000} s later, idle: ${residentSet(pid)}`);
  } finally {
    await server.stop();
  }
}

void main();
