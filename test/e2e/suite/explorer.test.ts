import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { BASE_IMAGE, startDockerEngine, type DockerEngine } from '../../support/dockerEngine';

// A private engine (test/support/dockerEngine.ts) started from inside the extension host; Berth is
// pointed at it through berth.docker.host, as a user would.
suite('Docker explorer', () => {
  let engine: DockerEngine | undefined;
  let containerId: string;

  suiteSetup(async function () {
    this.timeout(120_000);
    engine = await startDockerEngine();
    containerId = (await engine.docker(['run', '-d', '--init', '--network', 'host', '--name', 'berth-e2e', BASE_IMAGE, 'sleep', '1d'])).trim();
    await vscode.workspace.getConfiguration('berth.docker').update('host', engine.host, vscode.ConfigurationTarget.Global);
  });

  suiteTeardown(async function () {
    this.timeout(60_000);
    await vscode.workspace.getConfiguration('berth.docker').update('host', undefined, vscode.ConfigurationTarget.Global);
    await engine?.dispose();
  });

  test('the Containers view lists the test container and Stop Container stops it', async () => {
    assert.equal(vscode.workspace.isTrusted, true, 'actions run only in a trusted workspace');
    await vscode.commands.executeCommand('berth.containers.focus');
    // The node the view shows for the container, as a click on its Stop button passes it: the
    // command acts only on nodes the Containers view holds, so a container the view does not
    // list would stay running.
    await vscode.commands.executeCommand('berth.containers.stop', { id: `container:${containerId}` });
    assert.equal((await engine!.docker(['inspect', '--format', '{{.State.Status}}', containerId])).trim(), 'exited');
  });
});
