/**
 * The workspace's Dockerfiles and Compose files, found by the names package.json gives the
 * `dockerfile` and `dockercompose` languages, for the palette's picks and the task provider.
 */
import * as vscode from 'vscode';

export type FileKind = 'dockerfile' | 'compose';

const GLOBS: Record<FileKind, string> = {
  dockerfile: '**/{Dockerfile,Containerfile,Dockerfile.*,Containerfile.*,*.Dockerfile,*.dockerfile,*.Containerfile,*.containerfile}',
  compose: '**/{compose.yaml,compose.yml,compose.*.yaml,compose.*.yml,docker-compose.yaml,docker-compose.yml,docker-compose.*.yaml,docker-compose.*.yml}',
};

/** Folders nobody builds from. */
const EXCLUDE = '**/{node_modules,.git}/**';

/** At most this many files are offered; a monorepo with more is searched by typing in the pick. */
const MAX_FILES = 500;

/** Names that match the globs but are not the kind (Dockerfile.dockerignore is an ignore file). */
function isKind(uri: vscode.Uri, kind: FileKind): boolean {
  return kind !== 'dockerfile' || !/\.dockerignore$/i.test(uri.path);
}

export async function findWorkspaceFiles(kind: FileKind, token?: vscode.CancellationToken): Promise<vscode.Uri[]> {
  const found = await vscode.workspace.findFiles(GLOBS[kind], EXCLUDE, MAX_FILES, token);
  return found.filter((uri) => isKind(uri, kind)).sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * The file a command acts on: the one it was invoked on (explorer menu, editor title), else a pick
 * among the workspace's files of that kind with the active editor's file first. Undefined when
 * there is none or the pick is dismissed.
 */
export async function chooseFile(kind: FileKind, invokedOn: unknown, noun: string): Promise<vscode.Uri | undefined> {
  if (invokedOn instanceof vscode.Uri) return invokedOn;
  const active = vscode.window.activeTextEditor?.document;
  const activeUri = active?.languageId === (kind === 'compose' ? 'dockercompose' : 'dockerfile') && active.uri.scheme === 'file' ? active.uri : undefined;
  const others = (await findWorkspaceFiles(kind)).filter((uri) => uri.toString() !== activeUri?.toString());
  const files = activeUri ? [activeUri, ...others] : others;
  if (files.length === 0) {
    void vscode.window.showInformationMessage(`The workspace has no ${noun}.`);
    return undefined;
  }
  if (files.length === 1) return files[0];
  const items = files.map((uri) => ({ label: vscode.workspace.asRelativePath(uri), uri }));
  const picked = await vscode.window.showQuickPick(items, { placeHolder: `Pick a ${noun}`, matchOnDescription: true });
  return picked?.uri;
}

/** A path from an options argument: absolute, or relative to the first workspace folder. */
export function resolveWorkspacePath(path: string | vscode.Uri): vscode.Uri {
  if (path instanceof vscode.Uri) return path;
  if (/^[a-z][\w+.-]+:\/\//i.test(path)) return vscode.Uri.parse(path);
  const folder = vscode.workspace.workspaceFolders?.[0];
  return folder && !path.startsWith('/') && !/^[a-zA-Z]:[\\/]/.test(path) ? vscode.Uri.joinPath(folder.uri, path) : vscode.Uri.file(path);
}

/** Saves the file if an editor has unsaved changes to it: builds and Compose read the disk. */
export async function saveIfDirty(uri: vscode.Uri): Promise<void> {
  const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
  if (open?.isDirty) await open.save();
}
