import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { BASE_IMAGE, startDockerEngine, type DockerEngine } from '../../support/dockerEngine';

// Runs with Workspace Trust on and the fixture folder untrusted (test/e2e/runInVSCode.ts,
// `restricted`): the explorer still shows the engine, and what would change it is refused.
suite('Restricted Mode', () => {
  let engine: DockerEngine | undefined;
  let containerId: string;

  suiteSetup(async function () {
    this.timeout(120_000);
    engine = await startDockerEngine();
    containerId = (await engine.docker(['run', '-d', '--init', '--network', 'host', '--name', 'berth-restricted', BASE_IMAGE, 'sleep', '1d'])).trim();
    // A user setting: Restricted Mode ignores only the workspace's value of berth.docker.host.
    await vscode.workspace.getConfiguration('berth.docker').update('host', engine.host, vscode.ConfigurationTarget.Global);
  });

  suiteTeardown(async function () {
    this.timeout(60_000);
    await vscode.workspace.getConfiguration('berth.docker').update('host', undefined, vscode.ConfigurationTarget.Global);
    await engine?.dispose();
  });

  test('the workspace is not trusted', () => {
    assert.equal(vscode.workspace.isTrusted, false);
  });

  test('the Containers view still lists the engine\'s containers', async () => {
    await vscode.commands.executeCommand('berth.containers.focus');
    // Copy Container Name acts only on nodes the view holds: the name arrives only if it is listed.
    await vscode.env.clipboard.writeText('');
    await vscode.commands.executeCommand('berth.containers.copyName', { id: `container:${containerId}` });
    assert.equal(await vscode.env.clipboard.readText(), 'berth-restricted');
  });

  test('Stop Container refuses with a message and leaves the container running', async () => {
    let settled = false;
    const stop = vscode.commands.executeCommand('berth.containers.stop', { id: `container:${containerId}` }).then(() => {
      settled = true;
    });
    // The refusal's notification went to the workbench before this round trip did, and the
    // command waits on it (for "Manage Workspace Trust"): a refusal without a message, or a stop,
    // would have finished by now.
    await vscode.commands.executeCommand('setContext', 'berth.test.roundTrip', true);
    assert.equal(settled, false, 'the command waits on its message');
    await vscode.commands.executeCommand('notifications.clearAll');
    await stop;
    assert.equal((await engine!.docker(['inspect', '--format', '{{.State.Status}}', containerId])).trim(), 'running');
  });
});
