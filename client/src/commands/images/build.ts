/**
 * Build Image (`berth.image.build`): asks for the build's settings (remembered per Dockerfile),
 * runs `docker build` in a terminal with the step in the status bar, and puts a failing step's error
 * on its instruction in the Problems panel (collection `berth-build`), cleared by the next build.
 * On success it offers to run the image. Invoked with a BuildImageOptions object it asks nothing:
 * that is the API for keybindings, tasks and tests.
 */
import { basename, dirname } from 'node:path';
import * as vscode from 'vscode';
import { LanguageQueries, fileText } from '../languageQueries';
import { displayCommandLine, runInTerminal, type TerminalWork } from '../process/processTerminal';
import { engineCliEnvironment, requireDocker } from '../process/engineCli';
import type { BerthCommand } from '../registerCommands';
import { chooseFile, resolveWorkspacePath, saveIfDirty } from '../workspaceFiles';
import { detectBuilder, type Builder, type BuilderPreference } from './builder';
import { confirmContext, promptBuildSettings } from './buildPrompts';
import { startBuild, type BuildResult } from './buildRunner';
import { buildProblem, defaultTag, dockerfileProblem, type BuildSettings } from './buildSettings';
import { RUN_COMMAND } from './run';
import type { BuildFailure } from './buildOutput';

export const BUILD_COMMAND = 'berth.image.build';
export const CANCEL_BUILD_COMMAND = 'berth.image.cancelBuild';

/**
 * The options argument of `berth.image.build`: what is given is used, the rest as last time (or the
 * defaults), nothing asked. The build's settings, with the paths as a user writes them.
 */
export interface BuildImageOptions extends Partial<Omit<BuildSettings, 'dockerfile' | 'context'>> {
  /** The Dockerfile: an absolute path, a path relative to the first workspace folder, or a URI. */
  dockerfile: string | vscode.Uri;
  /** The build context folder (absolute or workspace-relative); default the Dockerfile's folder. */
  context?: string;
}

export interface BuildImageResult extends BuildResult {
  tag: string;
  /** Where the failure was reported, when it was placed on a line (0-based). */
  failureLine?: number;
}

export function isBuildImageOptions(value: unknown): value is BuildImageOptions {
  return typeof value === 'object' && value !== null && !(value instanceof vscode.Uri) && 'dockerfile' in value;
}

interface BuildToolchain {
  docker: string;
  env: NodeJS.ProcessEnv;
  builder: Builder;
}

const BUILDER_NAMES: Record<Builder, string> = { buildx: 'BuildKit (buildx)', buildkit: 'BuildKit', classic: 'the classic builder' };

function failureMessage(failure: BuildFailure): string {
  return failure.output.length > 0 ? `${failure.message}\n\nLast output:\n${failure.output.join('\n')}` : failure.message;
}

/** Runs builds and owns what they leave behind: the Problems entries, the status bar items, the remembered settings. */
export class ImageBuilder implements vscode.Disposable {
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('berth-build');
  private readonly running = new Map<number, AbortController>();
  private nextBuildId = 1;

  constructor(
    private readonly queries: LanguageQueries,
    private readonly state: vscode.Memento,
    private readonly builderPreference: () => BuilderPreference,
  ) {}

  dispose(): void {
    for (const cancel of this.running.values()) cancel.abort();
    this.diagnostics.dispose();
  }

  cancel(buildId: number): void {
    this.running.get(buildId)?.abort();
  }

  /** The settings for `dockerfile`: `options` first, then what was used last time, then the defaults. */
  settingsFor(dockerfile: vscode.Uri, options: Partial<BuildImageOptions> = {}): BuildSettings {
    const remembered = this.state.get<Partial<BuildSettings>>(this.memoryKey(dockerfile)) ?? {};
    const context = options.context ? resolveWorkspacePath(options.context).fsPath : remembered.context ?? dirname(dockerfile.fsPath);
    return {
      dockerfile: dockerfile.fsPath,
      context,
      tag: options.tag ?? remembered.tag ?? defaultTag(dockerfile.fsPath),
      target: options.target ?? remembered.target,
      buildArgs: options.buildArgs ?? remembered.buildArgs,
      platform: options.platform ?? remembered.platform,
      network: options.network ?? remembered.network,
      noCache: options.noCache,
      pull: options.pull,
    };
  }

  async remember(dockerfile: vscode.Uri, settings: BuildSettings): Promise<void> {
    const { tag, context, target, buildArgs, platform, network } = settings;
    await this.state.update(this.memoryKey(dockerfile), { tag, context, target, buildArgs, platform, network });
  }

  /** The CLI, its environment and the builder; throws a message when the CLI or the engine is missing. */
  async toolchain(): Promise<BuildToolchain> {
    const env = engineCliEnvironment();
    const docker = requireDocker('Build Image');
    return { docker, env, builder: await detectBuilder(docker, env, this.builderPreference()) };
  }

  /**
   * One build as terminal work, for the command's terminal and the berth-build task's: clears the
   * file's old problems, shows the step in the status bar, reports a failure on its line.
   * Without a toolchain it finds one first (a task does; the command asks before opening a terminal).
   */
  buildWork(dockerfile: vscode.Uri, settings: BuildSettings, onResult: (result: BuildImageResult) => void, ready?: BuildToolchain): TerminalWork {
    return async (write, signal) => {
      this.diagnostics.delete(dockerfile);
      const { docker, env, builder } = ready ?? (await this.toolchain());
      const buildId = this.nextBuildId++;
      const cancel = new AbortController();
      this.running.set(buildId, cancel);
      const status = vscode.window.createStatusBarItem('berth.build', vscode.StatusBarAlignment.Left);
      status.name = 'Berth: build';
      status.text = `$(sync~spin) ${settings.tag}`;
      status.tooltip = `Building ${settings.tag} with ${BUILDER_NAMES[builder]}. Click to cancel.`;
      status.command = { command: CANCEL_BUILD_COMMAND, title: 'Cancel Build', arguments: [buildId] };
      status.show();
      try {
        const run = startBuild(settings, {
          docker,
          env,
          builder,
          onOutput: (_stream, text) => write(text),
          onProgress: (step) => (status.text = `$(sync~spin) ${settings.tag}: ${step}`),
        });
        write(`Building with ${BUILDER_NAMES[builder]}:\n${displayCommandLine(run.commandLine)}\n\n`);
        const stop = () => run.cancel();
        signal.addEventListener('abort', stop, { once: true });
        cancel.signal.addEventListener('abort', stop, { once: true });
        const result: BuildImageResult = { ...(await run.result), tag: settings.tag };
        if (result.failure) result.failureLine = await this.report(dockerfile, result.failure);
        write(result.outcome === 'succeeded' ? `\nBuilt ${settings.tag} (${result.imageId ?? 'no id'}).\n` : result.outcome === 'cancelled' ? '\nBuild cancelled.\n' : '\nThe build failed.\n');
        onResult(result);
        return result.outcome === 'succeeded' ? 0 : result.outcome === 'cancelled' ? 130 : 1;
      } finally {
        this.running.delete(buildId);
        status.dispose();
      }
    };
  }

  /** Puts the failure on its instruction; returns the line, or undefined when the server could not place it. */
  private async report(dockerfile: vscode.Uri, failure: BuildFailure): Promise<number | undefined> {
    if (!failure.point) return undefined;
    const range = await this.queries.locateBuildFailure(await fileText(dockerfile), failure.point);
    if (!range) return undefined;
    const diagnostic = new vscode.Diagnostic(range, failureMessage(failure), vscode.DiagnosticSeverity.Error);
    diagnostic.source = 'docker build';
    this.diagnostics.set(dockerfile, [diagnostic]);
    return range.start.line;
  }

  private memoryKey(dockerfile: vscode.Uri): string {
    return `berth.build:${dockerfile.toString()}`;
  }
}

/** The build in a terminal of its own; resolves when it ends. */
async function buildInTerminal(builder: ImageBuilder, dockerfile: vscode.Uri, settings: BuildSettings): Promise<BuildImageResult | undefined> {
  const toolchain = await builder.toolchain();
  let result: BuildImageResult | undefined;
  const work = builder.buildWork(dockerfile, settings, (r) => (result = r), toolchain);
  const { pty } = runInTerminal(`Build: ${settings.tag}`, work, new vscode.ThemeIcon('package'));
  await pty.exitCode;
  return result;
}

function announce(result: BuildImageResult, dockerfile: vscode.Uri): void {
  if (result.outcome === 'succeeded') {
    void vscode.window.showInformationMessage(`Built ${result.tag}.`, 'Run').then((choice) => {
      // A reference (not an options object): Run Image asks how to run it.
      if (choice) void vscode.commands.executeCommand(RUN_COMMAND, result.tag);
    });
  } else if (result.failure?.engineLost) {
    // Nothing in the Dockerfile to show: the message says what to do.
    void vscode.window.showErrorMessage(`The build of ${result.tag} stopped: ${result.failure.message}`);
  } else if (result.outcome === 'failed') {
    const where = result.failureLine !== undefined ? ` at ${basename(dockerfile.fsPath)}:${result.failureLine + 1}` : '';
    void vscode.window.showErrorMessage(`The build of ${result.tag} failed${where}: ${result.failure?.message ?? 'see the terminal'}`, 'Show Problems').then((choice) => {
      if (choice) void vscode.commands.executeCommand('workbench.actions.view.problems');
    });
  }
}

export function buildImageCommands(builder: ImageBuilder, queries: LanguageQueries): BerthCommand[] {
  return [
    {
      id: BUILD_COMMAND,
      needsTrust: true,
      title: 'build images',
      async run(...args: unknown[]): Promise<BuildImageResult | undefined> {
        const options = isBuildImageOptions(args[0]) ? args[0] : undefined;
        const dockerfile = options ? resolveWorkspacePath(options.dockerfile) : await chooseFile('dockerfile', args[0], 'Dockerfile');
        if (!dockerfile) return undefined;
        // The build reads the file from disk: what the editor shows is what gets built.
        await saveIfDirty(dockerfile);
        // Before the questions, which read the file: a missing one gets its path and the fix, not a read error.
        const missing = dockerfileProblem(dockerfile.fsPath);
        if (missing) throw new Error(missing);
        const defaults = builder.settingsFor(dockerfile, options);
        const settings = options ? defaults : await promptBuildSettings(dockerfile, defaults, await queries.buildOptions(await fileText(dockerfile)));
        if (!settings) return undefined;
        // Checked again after the questions: the context was chosen, and the file may have gone meanwhile.
        const problem = buildProblem(settings);
        if (problem) throw new Error(problem);
        if (options && !(await confirmContext(dockerfile, settings.context, false))) return undefined;
        await builder.remember(dockerfile, settings);
        const result = await buildInTerminal(builder, dockerfile, settings);
        if (result) announce(result, dockerfile);
        return result;
      },
    },
    {
      id: CANCEL_BUILD_COMMAND,
      needsTrust: false,
      title: 'cancel builds',
      run(buildId: unknown) {
        if (typeof buildId === 'number') builder.cancel(buildId);
      },
    },
  ];
}
