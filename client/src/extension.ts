import type * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { startLanguageClient } from './languageClient';
import { registerExplorer } from './explorer/registerExplorer';
import { registerExplorerCommands } from './commands/explorerCommands';
import { registerBuildCommands } from './commands/buildCommands';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  // The explorer first: it needs no language server and must work even if the server fails to start.
  const explorer = registerExplorer();
  context.subscriptions.push(explorer, registerExplorerCommands(explorer));
  // Registered before the server starts: the commands exist (and say so) even if it never does.
  context.subscriptions.push(registerBuildCommands({ explorer, languageClient: () => client, state: context.workspaceState }));
  client = await startLanguageClient(context, () => explorer.engine);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
