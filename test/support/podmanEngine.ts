/**
 * Podman's Docker-compatible API on a private socket (`podman system service`), with private
 * storage, no network namespace setup and berth-test/busybox:1 imported (Podman names it
 * localhost/berth-test/busybox:1). Recipe: /work/shared/ENGINES.md.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, watch, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { busyboxRootfsTar } from './busyboxRootfs';
import { BASE_IMAGE, ping } from './dockerEngine';
import { cleanupOnExit, terminate, terminateNow, unmountAndRemove } from './teardown';

const READY_TIMEOUT_MS = 20_000;

export interface PodmanEngine {
  readonly dir: string;
  readonly socketPath: string;
  /** unix://<socketPath> */
  readonly host: string;
  /** Runs podman on this private storage; resolves with stdout. */
  podman(args: string[], input?: Buffer): Promise<string>;
  dispose(): Promise<void>;
}

function waitForFile(dir: string, name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const watcher = watch(dir, () => {
      if (existsSync(join(dir, name))) done();
    });
    const timer = setTimeout(() => {
      watcher.close();
      reject(new Error(`${name} did not appear in ${dir}`));
    }, READY_TIMEOUT_MS);
    const done = () => {
      clearTimeout(timer);
      watcher.close();
      resolve();
    };
    if (existsSync(join(dir, name))) done();
  });
}

export async function startPodmanEngine(): Promise<PodmanEngine> {
  const dir = mkdtempSync('/tmp/bp-');
  const socketPath = join(dir, 'podman.sock');
  const state = join(dir, 'p');
  mkdirSync(state);
  const conf = join(state, 'containers.conf');
  // No netns (no networks on this machine); explicit ulimits because root may lack CAP_SYS_RESOURCE.
  writeFileSync(conf, '[containers]\nnetns="none"\ndefault_ulimits=["nofile=1024:1024","nproc=4096:4096"]\n[engine]\ncgroup_manager="cgroupfs"\nevents_logger="file"\n');
  const env = { ...process.env, CONTAINERS_CONF: conf };
  const storage = ['--root', join(state, 'root'), '--runroot', join(state, 'run'), '--tmpdir', join(state, 'tmp'), '--network-config-dir', join(state, 'net')];
  const podman = (args: string[], input?: Buffer) => new Promise<string>((resolve, reject) => {
    const child = execFile('podman', [...storage, ...args], { env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`podman ${args.join(' ')}: ${stderr.trim() || error.message}`));
      else resolve(stdout);
    });
    if (input) child.stdin!.end(input);
  });

  let service: ChildProcess | undefined;
  const forgetExitCleanup = cleanupOnExit(() => {
    terminateNow(service);
    unmountAndRemove(dir);
  });
  const dispose = async () => {
    forgetExitCleanup();
    if (service) await podman(['rm', '-af', '-t', '0']).catch(() => '');
    await terminate(service);
    unmountAndRemove(dir);
  };
  try {
    await podman(['import', '-', BASE_IMAGE], await busyboxRootfsTar());
    service = spawn('podman', [...storage, 'system', 'service', '--time=0', `unix://${socketPath}`], { env, stdio: 'ignore' });
    await waitForFile(dir, 'podman.sock');
    await ping(socketPath);
  } catch (error) {
    await dispose();
    throw error;
  }
  return { dir, socketPath, host: `unix://${socketPath}`, podman, dispose };
}
