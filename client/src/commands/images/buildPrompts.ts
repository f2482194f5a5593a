/**
 * Build Image's questions, each prefilled with what was used last time for this Dockerfile: tag,
 * build context, target stage (when there are several), build args (the file's ARGs with their
 * defaults) and platform. Escape at any step cancels the build.
 */
import { dirname } from 'node:path';
import * as vscode from 'vscode';
import type { DockerfileBuildOptions } from '../../../../server/src/protocol';
import { buildArgProblem, isInside, platformProblem, tagProblem, type BuildSettings } from './buildSettings';

const TITLE = 'Build Image';
const LAST_STAGE = '';

function workspaceFolderOf(uri: vscode.Uri): string | undefined {
  return vscode.workspace.getWorkspaceFolder(uri)?.uri.fsPath;
}

async function askTag(step: string, value: string): Promise<string | undefined> {
  const tag = await vscode.window.showInputBox({
    title: `${TITLE} ${step}: image tag`,
    prompt: 'name[:tag] for the built image',
    value,
    validateInput: (text) => tagProblem(text.trim()),
  });
  return tag?.trim();
}

async function askContext(step: string, dockerfile: vscode.Uri, remembered: string): Promise<string | undefined> {
  const folder = dirname(dockerfile.fsPath);
  const workspace = workspaceFolderOf(dockerfile);
  const candidates = [remembered, folder, workspace].filter((path, index, all): path is string => !!path && all.indexOf(path) === index);
  const describe = (path: string) => (path === folder ? "the Dockerfile's folder" : path === workspace ? 'the workspace folder' : 'used last time');
  const browse = { label: '$(folder-opened) Browse…', path: undefined };
  const picked = await vscode.window.showQuickPick(
    [...candidates.map((path) => ({ label: vscode.workspace.asRelativePath(path, true), description: describe(path), path })), browse],
    { title: `${TITLE} ${step}: build context`, placeHolder: 'The folder whose files the build can COPY' },
  );
  if (!picked) return undefined;
  if (picked.path) return picked.path;
  const chosen = await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, defaultUri: vscode.Uri.file(folder), openLabel: 'Use as Build Context' });
  return chosen?.[0]?.fsPath;
}

async function askTarget(step: string, stages: DockerfileBuildOptions['stages'], remembered: string | undefined): Promise<string | undefined> {
  const named = stages.filter((stage) => stage.name !== null);
  const items = [
    { label: '(last stage)', description: 'build the whole file', target: LAST_STAGE },
    ...named.map((stage) => ({ label: stage.name!, description: `FROM ${stage.base} · line ${stage.line + 1}`, target: stage.name! })),
  ];
  items.sort((a, b) => Number(b.target === (remembered ?? LAST_STAGE)) - Number(a.target === (remembered ?? LAST_STAGE)));
  const picked = await vscode.window.showQuickPick(items, { title: `${TITLE} ${step}: target stage`, placeHolder: 'The stage to build up to (--target)' });
  return picked?.target;
}

async function askBuildArgs(step: string, args: DockerfileBuildOptions['args'], remembered: Record<string, string>): Promise<Record<string, string> | undefined> {
  const items = args.map((arg) => ({
    label: arg.name,
    description: arg.name in remembered ? `= ${remembered[arg.name]}` : arg.defaultValue === null ? 'no default' : `default ${arg.defaultValue}`,
    picked: arg.name in remembered,
    arg,
  }));
  const picked = await vscode.window.showQuickPick(items, {
    title: `${TITLE} ${step}: build args`,
    placeHolder: 'Check the ARGs to set (--build-arg); the others keep their defaults',
    canPickMany: true,
  });
  if (!picked) return undefined;
  const values: Record<string, string> = {};
  for (const { arg } of picked) {
    const value = await vscode.window.showInputBox({
      title: `${TITLE} ${step}: ${arg.name}`,
      prompt: arg.defaultValue === null ? `Value of ${arg.name}` : `Value of ${arg.name} (default ${arg.defaultValue})`,
      value: remembered[arg.name] ?? arg.defaultValue ?? '',
      validateInput: () => buildArgProblem(arg.name),
    });
    if (value === undefined) return undefined;
    values[arg.name] = value;
  }
  return values;
}

async function askPlatform(step: string, remembered: string | undefined): Promise<string | undefined> {
  const platform = await vscode.window.showInputBox({
    title: `${TITLE} ${step}: platform`,
    prompt: "os/arch, e.g. linux/amd64 or linux/arm64; empty builds for the engine's own platform",
    value: remembered ?? '',
    validateInput: (text) => (text.trim() === '' ? undefined : platformProblem(text.trim())),
  });
  return platform?.trim();
}

/** True when the build may go on: a context outside the workspace is sent to the engine whole, so the user confirms it. */
export async function confirmContext(dockerfile: vscode.Uri, context: string, interactive: boolean): Promise<boolean> {
  const workspace = workspaceFolderOf(dockerfile);
  if (!workspace || isInside(context, workspace)) return true;
  const message = `The build context ${context} is outside the workspace: the builder receives every file in it.`;
  if (!interactive) {
    void vscode.window.showWarningMessage(message);
    return true;
  }
  const build = 'Build Anyway';
  return (await vscode.window.showWarningMessage(message, { modal: true }, build)) === build;
}

/** Asks every question, starting from `defaults`; undefined when the user cancels. */
export async function promptBuildSettings(dockerfile: vscode.Uri, defaults: BuildSettings, options: DockerfileBuildOptions | undefined): Promise<BuildSettings | undefined> {
  const stages = options?.stages ?? [];
  const args = options?.args ?? [];
  const askStages = stages.filter((stage) => stage.name !== null).length > 0 && stages.length > 1;
  const total = 3 + Number(askStages) + Number(args.length > 0);
  let step = 0;
  const next = () => `(${++step}/${total})`;

  const tag = await askTag(next(), defaults.tag);
  if (tag === undefined) return undefined;
  const context = await askContext(next(), dockerfile, defaults.context);
  if (context === undefined || !(await confirmContext(dockerfile, context, true))) return undefined;
  let target = defaults.target;
  if (askStages) {
    const picked = await askTarget(next(), stages, defaults.target);
    if (picked === undefined) return undefined;
    target = picked || undefined;
  }
  let buildArgs = defaults.buildArgs;
  if (args.length > 0) {
    buildArgs = await askBuildArgs(next(), args, defaults.buildArgs ?? {});
    if (buildArgs === undefined) return undefined;
  }
  const platform = await askPlatform(next(), defaults.platform);
  if (platform === undefined) return undefined;
  return { ...defaults, tag, context, target, buildArgs, platform: platform || undefined };
}
