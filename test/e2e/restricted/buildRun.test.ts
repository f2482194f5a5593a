import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { promisify } from 'node:util';
import * as vscode from 'vscode';
import type { RestrictedModeRefusal } from '../../../client/src/commands/registerCommands';
import type { BerthApi } from '../../../client/src/extension';
import { BASE_IMAGE, startDockerEngine, type DockerEngine } from '../../support/dockerEngine';
import { engineService } from '../../support/composeServices';
import { diagnosticCode, diagnosticsWithCode, openWorkspaceFile, workspaceRoot } from '../host/workspace';

// Runs with Workspace Trust on and the fixture folder untrusted (test/e2e/runInVSCode.ts,
// `restricted`): the language features work, the Compose CodeLens shows states, and the build, run
// and Compose commands and the explorer's actions, invoked with options that would skip every
// prompt, refuse without touching the engine.

const COMPOSE = `services:\n${engineService('web')}`;
const COMPOSE_FOLDER = 'restricted-compose';

/**
 * Runs a command that must refuse, and returns what it returned. The refusal's message reached the
 * workbench before this round trip does, and the command waits on it (for "Manage Workspace
 * Trust"): a command that returned without a message would have settled by then. Closing the
 * message lets it return.
 */
async function refusal(command: string, ...args: unknown[]): Promise<RestrictedModeRefusal> {
  let settled = false;
  const running = vscode.commands.executeCommand<unknown>(command, ...args).then((result) => {
    settled = true;
    return result;
  });
  await vscode.commands.executeCommand('setContext', 'berth.test.roundTrip', true);
  assert.equal(settled, false, `${command} waits on its message`);
  await vscode.commands.executeCommand('notifications.clearAll');
  const result = (await running) as RestrictedModeRefusal | undefined;
  assert.equal(result?.refused, 'restrictedMode', `${command} returned ${JSON.stringify(result)}`);
  return result;
}

suite('Restricted Mode: build, run and Compose', () => {
  let engine: DockerEngine;

  suiteSetup(async function () {
    this.timeout(120_000);
    engine = await startDockerEngine();
    const folder = vscode.Uri.joinPath(workspaceRoot(), COMPOSE_FOLDER).fsPath;
    mkdirSync(folder, { recursive: true });
    writeFileSync(`${folder}/compose.yaml`, COMPOSE);
    // A user setting: Restricted Mode ignores only the workspace's value of berth.docker.host.
    await vscode.workspace.getConfiguration('berth.docker').update('host', engine.host, vscode.ConfigurationTarget.Global);
  });

  suiteTeardown(async function () {
    this.timeout(60_000);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.getConfiguration('berth.docker').update('host', undefined, vscode.ConfigurationTarget.Global);
    await engine?.dispose();
  });

  test('Dockerfile diagnostics still arrive from the language server', async () => {
    const document = await openWorkspaceFile('Dockerfile');
    const diagnostics = await diagnosticsWithCode(document.uri, 'DL3007');
    assert.equal(diagnostics.find((d) => diagnosticCode(d) === 'DL3007')?.range.start.line, 0);
  });

  test('Build Image with options refuses with its message and builds nothing', async () => {
    const tag = 'berth-restricted/built:1';
    const { message } = await refusal('berth.image.build', { dockerfile: 'Dockerfile', tag, network: 'none' });
    assert.equal(message, 'Berth does not build images in Restricted Mode. Trust this workspace to allow it.');
    assert.equal((await engine.docker(['images', '--quiet', tag])).trim(), '');
  });

  test('Run Image and Compose Up with options refuse and start nothing', async () => {
    await refusal('berth.image.run', { image: BASE_IMAGE, name: 'berth-restricted-run', network: 'host', init: true });
    await refusal('berth.compose.up', { file: `${COMPOSE_FOLDER}/compose.yaml`, services: ['web'] });
    assert.equal((await engine.docker(['ps', '--all', '--quiet'])).trim(), '');
  });

  test('the explorer actions Remove Container and Prune Volumes refuse and leave both in place', async () => {
    const containerId = (await engine.docker(['create', '--name', 'berth-restricted-kept', BASE_IMAGE, 'true'])).trim();
    await engine.docker(['volume', 'create', 'berth-restricted-unused']);
    await vscode.commands.executeCommand('berth.containers.focus');
    await refusal('berth.containers.remove', { id: `container:${containerId}` }, undefined, { confirm: false });
    await refusal('berth.volumes.prune');
    assert.equal((await engine.docker(['ps', '--all', '--quiet', '--no-trunc', '--filter', `id=${containerId}`])).trim(), containerId);
    assert.equal((await engine.docker(['volume', 'ls', '--quiet'])).trim(), 'berth-restricted-unused');
  });

  test('the Compose CodeLens shows each service\'s state, following the engine, and no Up lens', async function () {
    this.timeout(60_000);
    const api = await vscode.extensions.getExtension<BerthApi>('berth.berth')!.activate();
    const { uri } = await openWorkspaceFile(`${COMPOSE_FOLDER}/compose.yaml`);
    const lensTitles = async () => ((await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri)) ?? []).map((lens) => lens.command?.title);
    /** Resolves with the lens titles once `accept` holds, checking now and after each change Berth announces. */
    const titlesWhen = (accept: (titles: (string | undefined)[]) => boolean) =>
      new Promise<(string | undefined)[]>((resolve, reject) => {
        const check = () =>
          lensTitles().then((titles) => {
            if (!accept(titles)) return;
            subscription.dispose();
            resolve(titles);
          }, reject);
        const subscription = api.onDidChangeComposeLenses(check);
        void check();
      });
    assert.deepEqual(await titlesWhen((titles) => titles.includes('not created')), ['not created']);
    // Started outside Berth, as a user may in a terminal: the lens follows the engine's events.
    const compose = vscode.Uri.joinPath(workspaceRoot(), COMPOSE_FOLDER, 'compose.yaml').fsPath;
    await promisify(execFile)('docker-compose', ['--file', compose, 'up', '--detach', 'web'], { env: engine.env });
    assert.deepEqual(await titlesWhen((titles) => titles.includes('running')), ['running']);
  });
});
