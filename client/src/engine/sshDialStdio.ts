/**
 * The ssh:// transport the Docker CLI uses: each HTTP connection is an `ssh … docker system
 * dial-stdio` process whose stdin/stdout carry the bytes. Going through the ssh command (not an ssh
 * library) honours the user's ~/.ssh/config, agent, keys and known_hosts exactly as `docker` does.
 */
import { spawn } from 'node:child_process';
import { Agent } from 'node:http';
import { Duplex } from 'node:stream';
import { SshTransportError } from './errors';

export interface SshTarget {
  user: string | undefined;
  hostname: string;
  port: number | undefined;
}

/** ssh's arguments, as the Docker CLI builds them (`--` keeps a hostname from reading as an option). */
export function sshArguments(target: SshTarget): string[] {
  const args = ['-o', 'ConnectTimeout=30', '-T'];
  if (target.user) args.push('-l', target.user);
  if (target.port) args.push('-p', String(target.port));
  return [...args, '--', target.hostname, 'docker', 'system', 'dial-stdio'];
}

const STDERR_LIMIT = 4096;

/** One ssh process as a socket-like stream; destroying the stream ends the process. */
function dialStdio(target: SshTarget): Duplex {
  const child = spawn('ssh', sshArguments(target), { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  let received = false;
  const socket = new Duplex({
    write(chunk, _encoding, callback) {
      child.stdin.write(chunk, callback);
    },
    final(callback) {
      child.stdin.end(callback);
    },
    read() {
      child.stdout.resume();
    },
    destroy(error, callback) {
      if (child.exitCode === null && child.signalCode === null) child.kill();
      callback(error);
    },
  });
  child.stdout.on('data', (chunk: Buffer) => {
    received = true;
    if (!socket.push(chunk)) child.stdout.pause();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    if (stderr.length < STDERR_LIMIT) stderr += chunk.toString('utf8');
  });
  // A write after ssh exited fails with EPIPE; the exit below reports the real cause.
  child.stdin.on('error', (error) => socket.destroy(error));
  child.on('error', (error) => socket.destroy(error));
  // "close" comes after stdout ended and the exit status is known: an ssh that failed before the
  // engine said anything is reported with ssh's own message, not as a bare hang-up.
  child.on('close', (code) => {
    if (socket.destroyed) return;
    if (code !== 0 && !received) {
      const message = stderr.trim().split('\n').filter(Boolean).pop() ?? `ssh exited with status ${code}`;
      socket.destroy(new SshTransportError(message));
    } else {
      socket.push(null);
    }
  });
  return socket;
}

/** An HTTP agent whose connections are ssh dial-stdio processes; no keep-alive, so none idles. */
export class SshDialStdioAgent extends Agent {
  constructor(private readonly target: SshTarget) {
    super({ keepAlive: false });
  }

  override createConnection(): Duplex {
    return dialStdio(this.target);
  }
}
