/**
 * Completion and hover latency at the end of a 10,000-line Dockerfile, through the bundled server
 * over stdio: the time from sending a request to its answer, for requests on one document version
 * (so every answer comes from the parse cached for that version). Measures, never asserts.
 */
import { performance } from 'node:perf_hooks';
import { SERVER_EXEC_ARGV } from '../server/src/protocol';
import { startServer, type ServerSession } from '../test/support/lspClient';
import { longDockerfile } from './corpus';

const WARM_UP = 20;
const RUNS = 200;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function timed(server: ServerSession, method: string, params: object): Promise<string> {
  const samples: number[] = [];
  for (let i = 0; i < WARM_UP + RUNS; i++) {
    const start = performance.now();
    const answer = await server.connection.sendRequest(method, params);
    if (i === 0 && (answer === null || (Array.isArray(answer) && answer.length === 0))) throw new Error(`${method} answered nothing at ${JSON.stringify(params)}`);
    if (i >= WARM_UP) samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return `median ${percentile(samples, 50).toFixed(2)} ms, p95 ${percentile(samples, 95).toFixed(2)} ms (n=${RUNS})`;
}

export async function editingLatency(): Promise<void> {
  const server = await startServer({ configuration: false, execArgv: SERVER_EXEC_ARGV });
  try {
    // The long file's last stage, then lines to complete and hover on.
    const lines = longDockerfile(10_000).trimEnd().split('\n');
    lines.push('ARG MODE=release', 'RUN echo $MODE && make', 'RUN echo $', '');
    const uri = 'file:///bench/editing/Dockerfile';
    const published = server.nextDiagnostics(uri, undefined, 60_000);
    server.open(uri, `${lines.join('\n')}`);
    await published;
    const last = lines.length - 1;
    const textDocument = { uri };
    const cases: [string, string, object][] = [
      ['completion of instructions on the last line', 'textDocument/completion', { textDocument, position: { line: last, character: 0 } }],
      ['completion of variables after $', 'textDocument/completion', { textDocument, position: { line: last - 1, character: 10 } }],
      ['hover on an instruction keyword', 'textDocument/hover', { textDocument, position: { line: last - 2, character: 1 } }],
      ['hover on a variable', 'textDocument/hover', { textDocument, position: { line: last - 2, character: 11 } }],
    ];
    for (const [name, method, params] of cases) {
      console.log(`${name}, ${lines.length.toLocaleString('en')}-line Dockerfile over stdio: ${await timed(server, method, params)}`);
    }
  } finally {
    await server.stop();
  }
}
