/**
 * The docker and Compose CLIs as child processes: started with an argument array (never a shell
 * line), pointed at the engine Berth uses, their output handed on as it comes, stopped the way a
 * user at a terminal stops them (an interrupt, then a kill if they linger).
 */
import { spawn } from 'node:child_process';

/** How long a process may take to finish after an interrupt before it is killed. */
export const INTERRUPT_GRACE_MS = 5_000;

export type OutputStream = 'stdout' | 'stderr';

export interface ProcessExit {
  /** null when a signal ended it. */
  code: number | null;
  signal: NodeJS.Signals | null;
  /** Stopped through `stop()` (the user cancelled). */
  stopped: boolean;
}

export interface ProcessOptions {
  cwd?: string;
  /** The whole environment of the process. */
  env: NodeJS.ProcessEnv;
  onOutput?: (stream: OutputStream, text: string) => void;
}

export interface RunningProcess {
  readonly exited: Promise<ProcessExit>;
  /** Interrupts the process, and kills it after INTERRUPT_GRACE_MS. */
  stop(): void;
}

/**
 * Environment for a CLI that must reach Berth's engine: VS Code's own with `overrides` applied,
 * where null removes a variable (see cliEnvironment in engine/endpoint.ts).
 */
export function processEnvironment(overrides: Record<string, string | null | undefined>, base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const env = { ...base };
  for (const [name, value] of Object.entries(overrides)) {
    if (value === null) delete env[name];
    else if (value !== undefined) env[name] = value;
  }
  return env;
}

/** Starts `command` with `args`. A command that cannot start (not installed) exits with code 127 and says so on stderr. */
export function startProcess(command: string, args: readonly string[], options: ProcessOptions): RunningProcess {
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stopped = false;
  let killTimer: NodeJS.Timeout | undefined;
  for (const stream of ['stdout', 'stderr'] as const) {
    child[stream].setEncoding('utf8');
    child[stream].on('data', (text: string) => options.onOutput?.(stream, text));
  }
  const exited = new Promise<ProcessExit>((resolve) => {
    child.once('error', (error: NodeJS.ErrnoException) => {
      const reason = error.code === 'ENOENT' ? `${command} is not installed or not on PATH` : error.message;
      options.onOutput?.('stderr', `${reason}\n`);
      resolve({ code: 127, signal: null, stopped });
    });
    child.once('close', (code, signal) => {
      clearTimeout(killTimer);
      resolve({ code, signal, stopped });
    });
  });
  return {
    exited,
    stop() {
      if (stopped || child.exitCode !== null || child.signalCode !== null) return;
      stopped = true;
      child.kill('SIGINT');
      killTimer = setTimeout(() => child.kill('SIGKILL'), INTERRUPT_GRACE_MS);
    },
  };
}

/** Runs a command to its end and collects its output; for quick questions (versions, detection). */
export async function runToEnd(command: string, args: readonly string[], options: Omit<ProcessOptions, 'onOutput'>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const running = startProcess(command, args, {
    ...options,
    onOutput: (stream, text) => {
      if (stream === 'stdout') stdout += text;
      else stderr += text;
    },
  });
  const { code } = await running.exited;
  return { code, stdout, stderr };
}
