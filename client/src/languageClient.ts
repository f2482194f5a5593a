import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { LINT_INPUT_FILE_GLOB, SERVER_EXEC_ARGV } from '../../server/src/protocol';

/** Starts the Berth language server (dist/server.js) over Node IPC for Dockerfiles and Compose files. */
export async function startLanguageClient(context: vscode.ExtensionContext): Promise<LanguageClient> {
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: SERVER_EXEC_ARGV } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV, '--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'dockerfile' }, { language: 'dockercompose' }],
    synchronize: {
      configurationSection: 'berth',
      fileEvents: vscode.workspace.createFileSystemWatcher(LINT_INPUT_FILE_GLOB),
    },
  };
  const client = new LanguageClient('berth', 'Berth Language Server', serverOptions, clientOptions);
  await client.start();
  return client;
}
