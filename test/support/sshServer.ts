/**
 * A private sshd on 127.0.0.1 whose sessions see DOCKER_HOST set to a private engine, so
 * `ssh … docker system dial-stdio` (what ssh:// engines run) reaches it. `binDir` holds an `ssh`
 * wrapper with the test key and known_hosts: put it first on PATH (ssh ignores $HOME).
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';
import { freeLoopbackPort } from './ports';
import { cleanupOnExit, terminate, terminateNow } from './teardown';

const run = promisify(execFile);
const READY_TIMEOUT_MS = 10_000;

export interface SshServer {
  /** ssh://root@127.0.0.1:<port> */
  readonly host: string;
  readonly binDir: string;
  dispose(): Promise<void>;
}

/** Starts sshd in `dir` (which must exist); sessions get DOCKER_HOST=`dockerHost`. */
export async function startSshServer(dir: string, dockerHost: string): Promise<SshServer> {
  const ssh = join(dir, 'ssh');
  const binDir = join(ssh, 'bin');
  mkdirSync(binDir, { recursive: true });
  mkdirSync('/run/sshd', { recursive: true }); // sshd's privilege separation directory
  for (const key of ['hostkey', 'id']) await run('ssh-keygen', ['-q', '-N', '', '-t', 'ed25519', '-f', join(ssh, key)]);
  const port = await freeLoopbackPort();
  writeFileSync(join(ssh, 'sshd_config'), [
    `ListenAddress 127.0.0.1:${port}`, `HostKey ${join(ssh, 'hostkey')}`, `PidFile ${join(ssh, 'sshd.pid')}`,
    `AuthorizedKeysFile ${join(ssh, 'id.pub')}`, 'UsePAM no', 'StrictModes no', `SetEnv DOCKER_HOST=${dockerHost}`, '',
  ].join('\n'));
  writeFileSync(join(ssh, 'known_hosts'), `[127.0.0.1]:${port} ${readFileSync(join(ssh, 'hostkey.pub'), 'utf8')}`);
  writeFileSync(join(binDir, 'ssh'), `#!/bin/sh\nexec /usr/bin/ssh -i '${join(ssh, 'id')}' -o UserKnownHostsFile='${join(ssh, 'known_hosts')}' -o BatchMode=yes "$@"\n`);
  chmodSync(join(binDir, 'ssh'), 0o755);

  // -D keeps sshd in the foreground (its pid is ours to kill), -e logs to stderr where readiness shows.
  const daemon: ChildProcess = spawn('/usr/sbin/sshd', ['-D', '-e', '-f', join(ssh, 'sshd_config')], { stdio: ['ignore', 'ignore', 'pipe'] });
  const forgetExitCleanup = cleanupOnExit(() => terminateNow(daemon));
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('sshd did not start')), READY_TIMEOUT_MS);
      daemon.once('exit', (code) => reject(new Error(`sshd exited with ${code}`)));
      createInterface({ input: daemon.stderr! }).on('line', (line) => {
        if (line.includes('Server listening on 127.0.0.1')) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
  } catch (error) {
    forgetExitCleanup();
    await terminate(daemon);
    throw error;
  }
  return {
    host: `ssh://root@127.0.0.1:${port}`,
    binDir,
    async dispose() {
      forgetExitCleanup();
      await terminate(daemon);
    },
  };
}
