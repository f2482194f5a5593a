import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { ENGINE_CHANGED_NOTIFICATION, IMAGE_PLATFORMS_REQUEST, LINT_INPUT_FILE_GLOB, LOCAL_IMAGES_REQUEST, SERVER_EXEC_ARGV, type BerthInitializationOptions, type ImagePlatformsParams } from '../../server/src/protocol';
import type { Engine } from './engine/connect';
import { reportImagePlatforms } from './engine/imagePlatforms';
import { listLocalImages } from './engine/localImages';

/**
 * Starts the Berth language server (dist/server.js) over Node IPC for Dockerfiles and Compose files.
 * `engine` is the current engine connection, whose images the server asks for after FROM, and
 * whose platform and base images' platforms it asks for InvalidBaseImagePlatform.
 */
export async function startLanguageClient(context: vscode.ExtensionContext, engine: () => Engine | undefined = () => undefined): Promise<LanguageClient> {
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
    initializationOptions: { localImages: true, imagePlatforms: true } satisfies BerthInitializationOptions,
  };
  const client = new LanguageClient('berth', 'Berth Language Server', serverOptions, clientOptions);
  client.onRequest(LOCAL_IMAGES_REQUEST, () => listLocalImages(engine()));
  client.onRequest(IMAGE_PLATFORMS_REQUEST, (params: ImagePlatformsParams | null) => reportImagePlatforms(engine(), params?.references));
  await client.start();
  return client;
}

/** Tells the server the engine changed, so it asks again about images rather than trusting the old engine's. */
export function announceEngineChange(client: LanguageClient): void {
  if (client.isRunning()) void client.sendNotification(ENGINE_CHANGED_NOTIFICATION);
}
