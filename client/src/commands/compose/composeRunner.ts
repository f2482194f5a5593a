/**
 * What the Compose commands share: the file they act on (the clicked one, the editor's, a pick,
 * or an options argument), the CLI found at run time, the file's services and profiles asked of the
 * language server, the Up choices remembered per file (upMemory.ts), and running a verb in a terminal.
 */
import { basename, dirname } from 'node:path';
import * as vscode from 'vscode';
import type { ComposeOutline } from '../../../../server/src/protocol';
import { fileText, type LanguageQueries } from '../languageQueries';
import { findDocker } from '../containers/shellArguments';
import { engineCliEnvironment } from '../process/engineCli';
import { processWork, runInTerminal, type TerminalWork } from '../process/processTerminal';
import { chooseFile, resolveWorkspacePath, saveIfDirty } from '../workspaceFiles';
import type { BerthCommand } from '../registerCommands';
import { composeFiles, detectCompose, startCompose, type ComposeCli, type ComposeRequest, type ComposeVerb } from './composeCli';
import { UpMemory, type RememberedUp } from './upMemory';

/** The options argument of the Compose commands: acts as given, asks nothing. */
export interface ComposeCommandOptions {
  /** The Compose file: absolute, relative to the first workspace folder, or a URI. */
  file: string | vscode.Uri;
  profiles?: string[];
  /** The services to act on; all when absent. */
  services?: string[];
  /** Up: build images first. */
  build?: boolean;
  /** Down: remove named volumes too. */
  volumes?: boolean;
}

export interface ComposeCommandResult {
  exitCode: number;
}

export interface ComposeTarget {
  file: vscode.Uri;
  /** Present when the command was invoked with options: ask nothing. */
  options?: ComposeCommandOptions;
}

function isComposeOptions(value: unknown): value is ComposeCommandOptions {
  return typeof value === 'object' && value !== null && !(value instanceof vscode.Uri) && 'file' in value;
}

export class ComposeRunner {
  /** The user's last Up choices per file. */
  readonly ups: UpMemory;

  constructor(
    private readonly queries: LanguageQueries,
    state: vscode.Memento,
  ) {
    this.ups = new UpMemory(state);
  }

  /** The file a command acts on, and its options if it was given some; undefined when the user dismissed the pick. */
  async target(args: unknown[]): Promise<ComposeTarget | undefined> {
    if (isComposeOptions(args[0])) return { file: resolveWorkspacePath(args[0].file), options: args[0] };
    const file = await chooseFile('compose', args[0], 'Compose file');
    return file && { file };
  }

  /** The file's services and profiles; undefined when the server cannot say. */
  async outline(file: vscode.Uri): Promise<ComposeOutline | undefined> {
    return this.queries.composeOutline(await fileText(file));
  }

  /** What the user last chose in Up for the file: the other verbs act with its profiles and services. */
  lastUp(file: vscode.Uri): RememberedUp {
    return this.ups.last(file.toString());
  }

  /** The CLI and its environment; throws a message naming what to install when Compose is missing. */
  async toolchain(): Promise<{ cli: ComposeCli; env: NodeJS.ProcessEnv }> {
    const env = engineCliEnvironment();
    return { cli: await detectCompose(findDocker(), env), env };
  }

  /** A verb as terminal work (for a command's terminal or a berth-compose task's). Without a toolchain it finds one first. */
  work(file: vscode.Uri, request: Omit<ComposeRequest, 'files'>, ready?: { cli: ComposeCli; env: NodeJS.ProcessEnv }): TerminalWork {
    return async (write, signal) => {
      const { cli, env } = ready ?? (await this.toolchain());
      const files = composeFiles(file.fsPath, cli.version);
      return processWork(() => startCompose(cli, { ...request, files }, { env, onOutput: (_stream, text) => write(text) }))(write, signal);
    };
  }

  /**
   * The command `berth.compose.<verb>`: on the target file, runs what `request` makes of the target
   * (asking the user when it came without options); nothing when the user dismisses a question.
   */
  command(
    verb: ComposeVerb,
    title: string,
    request: (target: ComposeTarget) => Promise<Omit<ComposeRequest, 'files'> | undefined> | Omit<ComposeRequest, 'files'>,
  ): BerthCommand {
    return {
      id: `berth.compose.${verb}`,
      // Every verb, even logs, runs a program from the workspace's configuration.
      needsTrust: true,
      title,
      run: async (...args: unknown[]): Promise<ComposeCommandResult | undefined> => {
        const target = await this.target(args);
        if (!target) return undefined;
        const chosen = await request(target);
        return chosen && this.run(target.file, chosen);
      },
    };
  }

  /** Runs a verb in a terminal of its own; resolves with its exit code when it ends. */
  async run(file: vscode.Uri, request: Omit<ComposeRequest, 'files'>): Promise<ComposeCommandResult> {
    const toolchain = await this.toolchain();
    // Compose reads the file from disk: what the editor shows is what runs.
    await saveIfDirty(file);
    const name = `Compose ${request.verb}: ${basename(dirname(file.fsPath))}`;
    const { pty } = runInTerminal(name, this.work(file, request, toolchain), new vscode.ThemeIcon('layers'));
    return { exitCode: await pty.exitCode };
  }
}
