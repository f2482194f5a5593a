/**
 * The setup every LSP test file shares: one bundled server for the file's tests. Kept apart from
 * lspClient.ts, which the benchmarks use without a test runner.
 */
import { after, before } from 'node:test';
import { startServer, type ServerSession } from './lspClient';

/**
 * Starts a server before the file's tests and hands it to `started`, which may go on to set up
 * what the tests need of it (awaited before they run; Node 20 runs a file's own `before` hooks
 * side by side with this one, so setup that needs the server belongs here); stops it after the tests.
 */
export function useServer(started: (server: ServerSession) => void | Promise<void>, options?: Parameters<typeof startServer>[0]): void {
  let server: ServerSession | undefined;
  before(async () => {
    server = await startServer(options);
    await started(server);
  });
  after(async () => {
    await server?.stop();
  });
}
