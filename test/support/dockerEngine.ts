/**
 * A private Docker engine for tests and benchmarks: a dockerd of its own in a short temp dir, with
 * no bridge network and no iptables, the offline base image berth-test/busybox:1, and a teardown
 * that kills by pid, unmounts and removes everything, also when a test fails or the process exits.
 * Recipe: /work/shared/ENGINES.md.
 *
 *   const engine = await startDockerEngine({ tls: true });
 *   await engine.docker(['run', '-d', '--network', 'host', BASE_IMAGE, 'sleep', '1d']);
 *   await engine.dispose();
 */
import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { busyboxRootfsTar } from './busyboxRootfs';
import { makeTlsCertificates } from './tlsCertificates';
import { freeLoopbackPort } from './ports';
import { cleanupOnExit, killProcessesUnder, terminate, terminateNow, unmountAndRemove } from './teardown';

export const BASE_IMAGE = 'berth-test/busybox:1';
const DOCKERD_READY_TIMEOUT_MS = 30_000;
const SYSTEM_CONTAINERD_SOCKET = '/run/containerd/containerd.sock';

export interface DockerEngineOptions {
  /** Also listen on tcp://127.0.0.1:<free port> with TLS client verification (certificates made by openssl). */
  tls?: boolean;
}

export interface TlsEndpoint {
  host: string;
  port: number;
  /** ca.pem, cert.pem and key.pem for a client, as DOCKER_CERT_PATH expects. */
  certDir: string;
}

export interface DockerEngine {
  /** The engine's temp dir (short: unix socket paths fail past ~104 characters). */
  readonly dir: string;
  readonly socketPath: string;
  /** unix://<socketPath> */
  readonly host: string;
  readonly tls: TlsEndpoint | undefined;
  /** Environment for the docker CLI: DOCKER_HOST at this engine, HOME in the temp dir (no user config). */
  readonly env: NodeJS.ProcessEnv;
  /** Runs the docker CLI against this engine with an argument array; resolves with stdout. `env` adds to (undefined: removes from) `this.env`. */
  docker(args: string[], input?: Buffer, env?: NodeJS.ProcessEnv): Promise<string>;
  /** Stops the daemon (its containers stop with it); the data root stays for `startDaemon`. */
  stopDaemon(): Promise<void>;
  /** Kills the daemon with SIGKILL, as a crash would, and resolves once it has exited; `dispose` still tears down. */
  killDaemon(): Promise<void>;
  /** Starts the daemon again on the same data root and waits until it answers _ping. */
  startDaemon(): Promise<void>;
  /** Removes containers, stops the daemon, unmounts and deletes the temp dir. Safe to call twice. */
  dispose(): Promise<void>;
}

class PrivateDockerEngine implements DockerEngine {
  readonly socketPath: string;
  readonly host: string;
  readonly env: NodeJS.ProcessEnv;
  private daemon: ChildProcess | undefined;
  private disposed = false;
  /** Tears the engine down at process exit if a test forgot to or crashed first. */
  private readonly forgetExitCleanup = cleanupOnExit(() => this.disposeNow());

  constructor(
    readonly dir: string,
    readonly tls: TlsEndpoint | undefined,
    private readonly serverCertDir: string | undefined,
  ) {
    this.socketPath = join(dir, 'docker.sock');
    this.host = `unix://${this.socketPath}`;
    mkdirSync(join(dir, 'home'), { recursive: true });
    this.env = { ...process.env, DOCKER_HOST: this.host, HOME: join(dir, 'home'), DOCKER_CONFIG: join(dir, 'home/.docker') };
    delete this.env.DOCKER_CONTEXT;
    delete this.env.DOCKER_TLS_VERIFY;
    delete this.env.DOCKER_CERT_PATH;
  }

  private daemonArgs(): string[] {
    const d = this.dir;
    const args = ['-H', this.host, '--data-root', join(d, 'data'), '--exec-root', join(d, 'exec'), '--pidfile', join(d, 'dockerd.pid'),
      '--bridge=none', '--iptables=false', '--ip6tables=false', '--ip-masq=false'];
    if (this.tls && this.serverCertDir) {
      const c = this.serverCertDir;
      args.push('-H', `tcp://127.0.0.1:${this.tls.port}`, '--tlsverify', '--tlscacert', join(c, 'ca.pem'),
        '--tlscert', join(c, 'server-cert.pem'), '--tlskey', join(c, 'server-key.pem'));
    }
    // A system containerd would be shared: give this engine a namespace nobody else uses.
    if (existsSync(SYSTEM_CONTAINERD_SOCKET)) {
      const namespace = `berth-${d.split('/').pop()}`;
      args.push('--containerd-namespace', namespace, '--containerd-plugins-namespace', `${namespace}-plugins`);
    }
    return args;
  }

  async startDaemon(): Promise<void> {
    const child = spawn('dockerd', this.daemonArgs(), { stdio: ['ignore', 'ignore', 'pipe'] });
    this.daemon = child;
    const logLines: string[] = [];
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => fail(new Error(`dockerd did not start within ${DOCKERD_READY_TIMEOUT_MS} ms`)), DOCKERD_READY_TIMEOUT_MS);
      const lines = createInterface({ input: child.stderr! });
      const fail = (error: Error) => {
        clearTimeout(timer);
        reject(new Error(`${error.message}\n${logLines.slice(-20).join('\n')}`));
      };
      child.once('error', fail);
      child.once('exit', (code) => fail(new Error(`dockerd exited with ${code}`)));
      // dockerd logs "API listen on <socket>" once it serves the API; the unix listener comes last.
      lines.on('line', (line) => {
        if (logLines.length < 500) logLines.push(line);
        if (line.includes('API listen on') && line.includes(this.socketPath)) {
          clearTimeout(timer);
          child.removeAllListeners('exit');
          resolve();
        }
      });
    });
    child.stderr!.resume();
    await ping(this.socketPath);
  }

  async stopDaemon(): Promise<void> {
    const child = this.daemon;
    this.daemon = undefined;
    await terminate(child);
  }

  async killDaemon(): Promise<void> {
    const child = this.daemon;
    this.daemon = undefined;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    await new Promise((resolve) => {
      child.once('exit', resolve);
      child.kill('SIGKILL');
    });
  }

  docker(args: string[], input?: Buffer, env?: NodeJS.ProcessEnv): Promise<string> {
    return new Promise((resolve, reject) => {
      const child = execFile('docker', args, { env: { ...this.env, ...env }, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' }, (error, stdout, stderr) => {
        if (error) reject(new Error(`docker ${args.join(' ')}: ${stderr.trim() || error.message}`));
        else resolve(stdout);
      });
      if (input) child.stdin!.end(input);
    });
  }

  async dispose(): Promise<void> {
    if (this.disposed) return;
    this.disposed = true;
    this.forgetExitCleanup();
    if (this.daemon) {
      // Removing first: a daemon shutting down waits each running container's stop timeout.
      const ids = (await this.docker(['ps', '-aq']).catch(() => '')).split('\n').filter(Boolean);
      if (ids.length > 0) await this.docker(['rm', '-f', ...ids]).catch(() => '');
    }
    await this.stopDaemon();
    killProcessesUnder(this.dir);
    unmountAndRemove(this.dir);
  }

  /** Synchronous teardown for the process exit hook, where nothing can be awaited. */
  private disposeNow(): void {
    this.disposed = true;
    terminateNow(this.daemon);
    killProcessesUnder(this.dir);
    unmountAndRemove(this.dir);
  }
}

/** Resolves when the engine behind `socketPath` answers _ping with 200. */
export function ping(socketPath: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = request({ socketPath, path: '/_ping', timeout: 5_000 }, (res) => {
      res.resume();
      if (res.statusCode === 200) resolve();
      else reject(new Error(`_ping answered ${res.statusCode}`));
    });
    req.on('timeout', () => req.destroy(new Error('_ping timed out')));
    req.on('error', reject);
    req.end();
  });
}

/** Starts a private dockerd, waits for _ping and imports berth-test/busybox:1. */
export async function startDockerEngine(options: DockerEngineOptions = {}): Promise<DockerEngine> {
  const dir = mkdtempSync('/tmp/bd-');
  let tls: TlsEndpoint | undefined;
  let serverCertDir: string | undefined;
  if (options.tls) {
    serverCertDir = join(dir, 'certs');
    await makeTlsCertificates(serverCertDir);
    const port = await freeLoopbackPort();
    tls = { host: `tcp://127.0.0.1:${port}`, port, certDir: serverCertDir };
  }
  const engine = new PrivateDockerEngine(dir, tls, serverCertDir);
  try {
    await engine.startDaemon();
    await engine.docker(['import', '-', BASE_IMAGE], await busyboxRootfsTar());
  } catch (error) {
    await engine.dispose();
    throw error;
  }
  return engine;
}
