/**
 * Teardown shared by the private engines: unmount what an engine mounted under its dir, and a
 * synchronous last-chance cleanup when the test process exits (or is interrupted) with engines
 * still up, so a failing or crashing test leaves no daemon, mount or temp dir behind.
 */
import { spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';

/** Unmounts every mount under `dir` (deepest first), then deletes `dir`. */
export function unmountAndRemove(dir: string): void {
  const mounts = readFileSync('/proc/mounts', 'utf8').split('\n')
    .map((line) => line.split(' ')[1])
    .filter((mountPoint) => mountPoint?.startsWith(`${dir}/`))
    .sort()
    .reverse();
  for (const mountPoint of mounts) spawnSync('umount', [mountPoint]);
  rmSync(dir, { recursive: true, force: true });
}

/** Sends SIGTERM and blocks until the process is gone (at most 20 s); for exit hooks only. */
export function terminateNow(child: ChildProcess | undefined): void {
  if (!child?.pid || child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  spawnSync('timeout', ['20', 'tail', `--pid=${child.pid}`, '-f', '/dev/null']);
}

/** Stops `child` with SIGTERM and resolves once it has exited. */
export function terminate(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

const exitCleanups = new Set<() => void>();
let hooked = false;

/** Runs `cleanup` if the process exits before the returned function is called. */
export function cleanupOnExit(cleanup: () => void): () => void {
  if (!hooked) {
    hooked = true;
    process.on('exit', () => {
      for (const run of exitCleanups) run();
    });
    // Signals end the process without 'exit'; turn them into an exit so the cleanups run.
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(signal, () => process.exit(130));
  }
  exitCleanups.add(cleanup);
  return () => exitCleanups.delete(cleanup);
}
