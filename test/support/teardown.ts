/**
 * Teardown shared by the private engines: unmount what an engine mounted under its dir, and a
 * synchronous last-chance cleanup when the test process exits (or is interrupted) with engines
 * still up, so a failing or crashing test leaves no daemon, mount or temp dir behind.
 */
import { spawnSync, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync, readlinkSync, rmSync } from 'node:fs';

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

const ownMountNamespace = readlinkSync('/proc/self/ns/mnt');

/** True when `pid` runs in a mount namespace of its own whose root filesystem is mounted from under `dir`. */
function rootMountUnder(pid: number, dir: string): boolean {
  if (readlinkSync(`/proc/${pid}/ns/mnt`) === ownMountNamespace) return false;
  const root = readFileSync(`/proc/${pid}/mountinfo`, 'utf8').split('\n').find((line) => line.split(' ')[4] === '/');
  return root?.includes(`${dir}/`) ?? false;
}

/**
 * Kills what outlived an engine's daemon: processes whose command line names a path under `dir`
 * (a containerd shim, which detaches from the daemon and stays when the daemon is killed rather
 * than stopped), processes whose root filesystem is mounted from there (a BuildKit step's, left when its runc died with the
 * daemon), and their descendants (the container's processes).
 */
export function killProcessesUnder(dir: string): void {
  const parents = new Map<number, number>();
  const strays = new Set<number>();
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid) || pid === process.pid) continue;
    try {
      // comm may hold spaces or parentheses: the parent pid is the second field after the last ")".
      parents.set(pid, Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(')').pop()!.trim().split(' ')[1]));
      if (readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(`${dir}/`) || rootMountUnder(pid, dir)) strays.add(pid);
    } catch {
      continue; // the process ended while being read
    }
  }
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, parent] of parents) {
      if (strays.has(parent) && !strays.has(pid)) grew = strays.add(pid) !== undefined;
    }
  }
  for (const pid of strays) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      continue; // already gone
    }
  }
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
