/**
 * The build, run and Compose commands and the task provider, registered as one Disposable: Build
 * Image, Run Image, Compose Up/Down/Restart/Logs/Build/Pull, and tasks berth-build, berth-run,
 * berth-compose. They ask the language server about files (never parse them here), run the docker
 * and Compose CLIs by argument array, and the engine through the explorer's connection.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { config } from '../config';
import type { Explorer } from '../explorer/registerExplorer';
import { composeDownCommand } from './compose/down';
import { composeProjectCommands } from './compose/projectVerbs';
import { ComposeRunner } from './compose/composeRunner';
import { composeUpCommand } from './compose/up';
import { buildImageCommands, ImageBuilder } from './images/build';
import { runImageCommand } from './images/run';
import { LanguageQueries } from './languageQueries';
import { registerCommands } from './registerCommands';
import { registerTaskProviders } from './tasks/taskProvider';

export interface BuildCommandsContext {
  explorer: Explorer;
  /** The language client once started; undefined before, or if it failed to start. */
  languageClient: () => LanguageClient | undefined;
  /** Where the answers to the prompts are remembered. */
  state: vscode.Memento;
}

export function registerBuildCommands({ explorer, languageClient, state }: BuildCommandsContext): vscode.Disposable {
  const queries = new LanguageQueries(languageClient);
  const builder = new ImageBuilder(queries, state, () => config.buildBuilder());
  const compose = new ComposeRunner(queries, state);
  return vscode.Disposable.from(
    builder,
    registerCommands([
      ...buildImageCommands(builder, queries),
      runImageCommand(explorer, state),
      composeUpCommand(compose),
      composeDownCommand(compose),
      ...composeProjectCommands(compose),
    ]),
    registerTaskProviders(builder, compose, explorer),
  );
}
