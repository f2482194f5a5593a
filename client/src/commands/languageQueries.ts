/**
 * The build commands' questions to the language server (declared in server/src/protocol.ts): the
 * client sends a file's text and gets what it needs to know about it. Undefined when no server
 * runs or it cannot answer: the commands then go on without (no stage or ARG prompts, no line).
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  COMPOSE_OUTLINE_REQUEST,
  DOCKERFILE_BUILD_OPTIONS_REQUEST,
  LOCATE_BUILD_FAILURE_REQUEST,
  type BuildFailurePoint,
  type ComposeOutline,
  type DockerfileBuildOptions,
  type FileTextParams,
  type LocateBuildFailureParams,
} from '../../../server/src/protocol';

interface LspRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

export class LanguageQueries {
  constructor(private readonly client: () => LanguageClient | undefined) {}

  buildOptions(file: FileTextParams): Promise<DockerfileBuildOptions | undefined> {
    return this.ask<DockerfileBuildOptions>(DOCKERFILE_BUILD_OPTIONS_REQUEST, file);
  }

  async locateBuildFailure(file: FileTextParams, point: BuildFailurePoint): Promise<vscode.Range | undefined> {
    const params: LocateBuildFailureParams = { ...file, point };
    const range = await this.ask<LspRange>(LOCATE_BUILD_FAILURE_REQUEST, params);
    return range ? new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character) : undefined;
  }

  composeOutline(file: FileTextParams): Promise<ComposeOutline | undefined> {
    return this.ask<ComposeOutline>(COMPOSE_OUTLINE_REQUEST, file);
  }

  private async ask<R>(method: string, params: object): Promise<R | undefined> {
    const client = this.client();
    if (!client?.isRunning()) return undefined;
    try {
      return (await client.sendRequest<R | null>(method, params)) ?? undefined;
    } catch (error) {
      client.outputChannel.appendLine(`${method} failed: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
  }
}

/** A file's text as it is on disk (what a build reads), with its URI, for a request. */
export async function fileText(uri: vscode.Uri): Promise<FileTextParams> {
  return { uri: uri.toString(), text: new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)) };
}
