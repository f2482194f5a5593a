/**
 * Tasks of types berth-build, berth-run and berth-compose (schemas in package.json's
 * taskDefinitions). The provider offers a build task per workspace Dockerfile and up and down per
 * Compose file; tasks.json can define any of the three. Builds and Compose run the same code as
 * the commands (a build task's failure lands on its line in the Problems panel too); a detached run
 * goes through the engine, an interactive one is `docker run -it` in the task's terminal.
 */
import * as vscode from 'vscode';
import { cliEnvironment } from '../../engine/endpoint';
import type { Explorer } from '../../explorer/registerExplorer';
import type { ComposeVerb } from '../compose/composeCli';
import type { ComposeRunner } from '../compose/composeRunner';
import { requireEngine } from '../explorerActions';
import type { BuildImageOptions, ImageBuilder } from '../images/build';
import type { RunImageOptions } from '../images/run';
import { createAndStart, interactiveRunArguments, runSpecProblem } from '../images/runSpec';
import { buildProblem } from '../images/buildSettings';
import { requireDocker } from '../process/engineCli';
import { ProcessTerminal, type TerminalWork } from '../process/processTerminal';
import { findWorkspaceFiles, resolveWorkspacePath } from '../workspaceFiles';

export const TASK_TYPES = { build: 'berth-build', run: 'berth-run', compose: 'berth-compose' } as const;

type BuildTaskDefinition = vscode.TaskDefinition & BuildImageOptions & { dockerfile: string };
type RunTaskDefinition = vscode.TaskDefinition & RunImageOptions;
type ComposeTaskDefinition = vscode.TaskDefinition & { file: string; command: ComposeVerb; profiles?: string[]; services?: string[]; build?: boolean; volumes?: boolean };

const COMPOSE_VERBS: readonly ComposeVerb[] = ['up', 'down', 'restart', 'logs', 'build', 'pull'];

/** Terminal work that reports a problem with the task's definition and fails. */
function failWith(message: string): TerminalWork {
  return async (write) => {
    write(`${message}\n`);
    return 1;
  };
}

function customExecution(work: () => TerminalWork): vscode.CustomExecution {
  return new vscode.CustomExecution(async () => new ProcessTerminal(work(), { closeOnExit: true }));
}

export class BerthTaskProvider implements vscode.TaskProvider {
  constructor(
    private readonly type: (typeof TASK_TYPES)[keyof typeof TASK_TYPES],
    private readonly builder: ImageBuilder,
    private readonly compose: ComposeRunner,
    private readonly explorer: Explorer,
  ) {}

  async provideTasks(token: vscode.CancellationToken): Promise<vscode.Task[]> {
    if (!vscode.workspace.isTrusted) return [];
    if (this.type === TASK_TYPES.build) {
      return (await findWorkspaceFiles('dockerfile', token)).map((uri) => this.buildTask({ type: TASK_TYPES.build, dockerfile: vscode.workspace.asRelativePath(uri, false) }, uri));
    }
    if (this.type === TASK_TYPES.compose) {
      const files = await findWorkspaceFiles('compose', token);
      return files.flatMap((uri) =>
        (['up', 'down'] as const).map((command) => this.composeTask({ type: TASK_TYPES.compose, file: vscode.workspace.asRelativePath(uri, false), command }, uri)),
      );
    }
    return [];
  }

  resolveTask(task: vscode.Task): vscode.Task | undefined {
    if (!vscode.workspace.isTrusted) return undefined;
    const definition = task.definition;
    switch (definition.type) {
      case TASK_TYPES.build:
        return typeof definition.dockerfile === 'string' ? this.buildTask(definition as BuildTaskDefinition, undefined, task) : undefined;
      case TASK_TYPES.run:
        return typeof definition.image === 'string' ? this.runTask(definition as RunTaskDefinition, task) : undefined;
      case TASK_TYPES.compose:
        return typeof definition.file === 'string' ? this.composeTask(definition as ComposeTaskDefinition, undefined, task) : undefined;
    }
    return undefined;
  }

  private scopeOf(uri: vscode.Uri): vscode.WorkspaceFolder | vscode.TaskScope {
    return vscode.workspace.getWorkspaceFolder(uri) ?? vscode.TaskScope.Workspace;
  }

  private buildTask(definition: BuildTaskDefinition, uri = resolveWorkspacePath(definition.dockerfile), original?: vscode.Task): vscode.Task {
    const execution = customExecution(() => {
      const settings = this.builder.settingsFor(uri, definition);
      const problem = buildProblem(settings);
      return problem ? failWith(problem) : this.builder.buildWork(uri, settings, () => undefined);
    });
    const task = new vscode.Task(definition, original?.scope ?? this.scopeOf(uri), original?.name ?? `build ${definition.dockerfile}`, 'berth', execution, []);
    task.group = vscode.TaskGroup.Build;
    return task;
  }

  private runTask(definition: RunTaskDefinition, original: vscode.Task): vscode.Task {
    const problem = runSpecProblem(definition);
    const task = (execution: vscode.ProcessExecution | vscode.CustomExecution) =>
      new vscode.Task(definition, original.scope ?? vscode.TaskScope.Workspace, original.name, 'berth', execution, []);
    if (problem) return task(customExecution(() => failWith(problem)));
    if (definition.detached === false) {
      try {
        // A task's environment adds to VS Code's; an empty value is how the CLI reads "unset".
        const env = Object.fromEntries(Object.entries(cliEnvironment(requireEngine(this.explorer).endpoint)).map(([name, value]) => [name, value ?? '']));
        return task(new vscode.ProcessExecution(requireDocker('An interactive run'), interactiveRunArguments(definition), { env }));
      } catch (error) {
        return task(customExecution(() => failWith(error instanceof Error ? error.message : String(error))));
      }
    }
    return task(
      customExecution(() => async (write) => {
        write(`Starting a container from ${definition.image}…\n`);
        const id = await createAndStart(requireEngine(this.explorer), definition);
        write(`Started container ${definition.name ?? id.slice(0, 12)}.\n`);
        return 0;
      }),
    );
  }

  private composeTask(definition: ComposeTaskDefinition, uri = resolveWorkspacePath(definition.file), original?: vscode.Task): vscode.Task {
    const execution = customExecution(() => {
      if (!COMPOSE_VERBS.includes(definition.command)) return failWith(`"${definition.command}" is not a Compose command Berth runs: ${COMPOSE_VERBS.join(', ')}.`);
      const { command, profiles, services, build, volumes } = definition;
      return this.compose.work(uri, { verb: command, profiles, services, build, volumes });
    });
    const name = original?.name ?? `compose ${definition.command} ${definition.file}`;
    return new vscode.Task(definition, original?.scope ?? this.scopeOf(uri), name, 'berth', execution, []);
  }
}

export function registerTaskProviders(builder: ImageBuilder, compose: ComposeRunner, explorer: Explorer): vscode.Disposable {
  return vscode.Disposable.from(
    ...Object.values(TASK_TYPES).map((type) => vscode.tasks.registerTaskProvider(type, new BerthTaskProvider(type, builder, compose, explorer))),
  );
}
