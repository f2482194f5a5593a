import type * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { announceEngineChange, startLanguageClient } from './languageClient';
import { registerExplorer } from './explorer/registerExplorer';
import { registerExplorerCommands } from './commands/explorerCommands';
import { registerBuildCommands } from './commands/buildCommands';
import { LanguageQueries } from './commands/languageQueries';
import { registerComposeServiceLenses } from './compose/serviceLenses';

let client: LanguageClient | undefined;

/** What activation hands back (`vscode.extensions.getExtension('berth.berth').exports`), for the e2e tests. */
export interface BerthApi {
  /** Fires when the Compose CodeLens may read differently: a container of a project on screen changed, the engine came or went. */
  onDidChangeComposeLenses: vscode.Event<void>;
}

export async function activate(context: vscode.ExtensionContext): Promise<BerthApi> {
  // The explorer first: it needs no language server and must work even if the server fails to start.
  const explorer = registerExplorer();
  context.subscriptions.push(explorer, registerExplorerCommands(explorer));
  // Registered before the server starts: the commands exist (and say so) even if it never does.
  context.subscriptions.push(registerBuildCommands({ explorer, languageClient: () => client, state: context.workspaceState }));
  // Placed by the server's outline of the file: asked again once the server is up.
  const composeLenses = registerComposeServiceLenses(explorer, new LanguageQueries(() => client));
  context.subscriptions.push(composeLenses);
  const started = await startLanguageClient(context, () => explorer.engine);
  client = started;
  context.subscriptions.push(explorer.onDidChangeEngine(() => announceEngineChange(started)));
  composeLenses.refresh();
  return { onDidChangeComposeLenses: composeLenses.onDidChangeCodeLenses };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
