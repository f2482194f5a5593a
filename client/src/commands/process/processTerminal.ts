/**
 * A VS Code terminal that shows one piece of work (a build, a Compose command) as it runs: its
 * output live, Ctrl+C or closing the terminal cancels it. As a task's terminal it closes with the
 * work's exit code; as a command's it stays open to be read, and a key closes it.
 */
import * as vscode from 'vscode';
import type { RunningProcess } from './childProcess';

/** The work a terminal shows: writes its output through `write`, stops when `signal` aborts, resolves with its exit code. */
export type TerminalWork = (write: (text: string) => void, signal: AbortSignal) => Promise<number>;

export interface ProcessTerminalOptions {
  /** A task's terminal closes when the work ends, reporting its exit code. */
  closeOnExit: boolean;
}

const CTRL_C = '\x03';

/** Terminals want CR LF; processes write LF. */
function toTerminalText(text: string): string {
  return text.replace(/\r?\n/g, '\r\n');
}

/** Shell-style quoting for showing a command line; never run. */
export function displayCommandLine(command: readonly string[]): string {
  return command.map((word) => (/^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`)).join(' ');
}

export class ProcessTerminal implements vscode.Pseudoterminal {
  private readonly writeEmitter = new vscode.EventEmitter<string>();
  private readonly closeEmitter = new vscode.EventEmitter<number | void>();
  readonly onDidWrite = this.writeEmitter.event;
  readonly onDidClose = this.closeEmitter.event;
  private readonly abort = new AbortController();
  private finished = false;
  private resolveExit!: (code: number) => void;
  /** Settles with the work's exit code (1 if it threw). */
  readonly exitCode = new Promise<number>((resolve) => (this.resolveExit = resolve));

  constructor(
    private readonly work: TerminalWork,
    private readonly options: ProcessTerminalOptions,
  ) {}

  open(): void {
    const write = (text: string) => this.writeEmitter.fire(toTerminalText(text));
    this.work(write, this.abort.signal)
      .catch((error: unknown) => {
        write(`\n${error instanceof Error ? error.message : String(error)}\n`);
        return 1;
      })
      .then((code) => {
        this.finished = true;
        this.resolveExit(code);
        if (this.options.closeOnExit) this.closeEmitter.fire(code);
        else write('\n\x1b[2mPress any key to close this terminal.\x1b[0m\n');
      });
  }

  handleInput(data: string): void {
    if (this.finished) {
      if (!this.options.closeOnExit) this.closeEmitter.fire();
      return;
    }
    if (data.includes(CTRL_C)) this.abort.abort();
  }

  /** The user closed the terminal: stop the work if it still runs. */
  close(): void {
    this.abort.abort();
  }

  /** Stops the work (a status bar button, a command). */
  cancel(): void {
    this.abort.abort();
  }
}

/** Opens a terminal showing `work`; its pty's `exitCode` settles when the work ends. */
export function runInTerminal(name: string, work: TerminalWork, iconPath?: vscode.ThemeIcon): { terminal: vscode.Terminal; pty: ProcessTerminal } {
  const pty = new ProcessTerminal(work, { closeOnExit: false });
  const terminal = vscode.window.createTerminal({ name, pty, iconPath });
  terminal.show(true);
  return { terminal, pty };
}

/**
 * Terminal work that runs one process: shows its command line, passes its output on, stops it on
 * cancel, and ends with a line saying how it ended.
 */
export function processWork(start: (write: (text: string) => void) => { commandLine: readonly string[]; running: RunningProcess }): TerminalWork {
  return async (write, signal) => {
    const { commandLine, running } = start(write);
    // Output arrives in later events, so the command line is always shown first.
    write(`${displayCommandLine(commandLine)}\n\n`);
    signal.addEventListener('abort', () => running.stop(), { once: true });
    const exit = await running.exited;
    write(exit.stopped ? '\nStopped.\n' : exit.code === 0 ? '\nDone.\n' : `\nExited with code ${exit.code ?? exit.signal}.\n`);
    return exit.code ?? 130;
  };
}
