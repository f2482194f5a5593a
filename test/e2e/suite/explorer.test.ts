import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { StatsPanelHandle } from '../../../client/src/commands/containers/stats';
import { BASE_IMAGE } from '../../support/dockerEngine';
import { usePrivateEngine } from '../host/privateEngine';

/** Resolves with the first editor tab `accept` holds for, now or once the tabs change. */
function tabWhen(accept: (tab: vscode.Tab) => boolean): Promise<vscode.Tab> {
  return new Promise((resolve) => {
    const check = () => {
      const tab = vscode.window.tabGroups.all.flatMap((group) => group.tabs).find(accept);
      if (!tab) return;
      subscription.dispose();
      resolve(tab);
    };
    const subscription = vscode.window.tabGroups.onDidChangeTabs(check);
    check();
  });
}

// A private engine (host/privateEngine.ts) started from inside the extension host; Berth is
// pointed at it through berth.docker.host, as a user would.
suite('Docker explorer', () => {
  let containerId: string;
  let watchedId: string;

  const engine = usePrivateEngine(async (started) => {
    containerId = (await started.docker(['run', '-d', '--init', '--network', 'host', '--name', 'berth-e2e', BASE_IMAGE, 'sleep', '1d'])).trim();
    watchedId = (await started.docker(['run', '-d', '--init', '--network', 'host', '--name', 'berth-e2e-watched', BASE_IMAGE, 'sleep', '1d'])).trim();
  });

  test('the Containers view lists the test container and Stop Container stops it', async () => {
    assert.equal(vscode.workspace.isTrusted, true, 'actions run only in a trusted workspace');
    await vscode.commands.executeCommand('berth.containers.focus');
    // The node the view shows for the container, as a click on its Stop button passes it: the
    // command acts only on nodes the Containers view holds, so a container the view does not
    // list would stay running.
    await vscode.commands.executeCommand('berth.containers.stop', { id: `container:${containerId}` });
    assert.equal((await engine().docker(['inspect', '--format', '{{.State.Status}}', containerId])).trim(), 'exited');
  });

  test('Show Container Stats opens a chart titled with the container, which draws the samples of its stats stream until closed', async function () {
    this.timeout(60_000);
    await vscode.commands.executeCommand('berth.containers.focus');
    const [panel] = await vscode.commands.executeCommand<StatsPanelHandle[]>('berth.containers.stats', { id: `container:${watchedId}` });
    assert.equal(panel?.title, 'Stats: berth-e2e-watched');
    const tab = await tabWhen((t) => t.input instanceof vscode.TabInputWebview && t.label === panel.title);
    // The engine sends a sample a second; the second one carries the first CPU rate. The page
    // acknowledges what it drew, so this also proves its script ran under the page's CSP.
    await panel.drawn(2);
    await vscode.window.tabGroups.close(tab);
    await panel.streamClosed;
  });

  test('Filter Containers… leaves in the view only what matches, until Clear Filter', async () => {
    // Commands act only on nodes the view holds, so copying a name shows whether its node is there.
    const copiedName = async (id: string) => {
      await vscode.env.clipboard.writeText('');
      await vscode.commands.executeCommand('berth.containers.copyName', { id: `container:${id}` });
      return vscode.env.clipboard.readText();
    };
    await vscode.commands.executeCommand('berth.containers.filter', 'watched');
    assert.equal(await copiedName(containerId), '');
    assert.equal(await copiedName(watchedId), 'berth-e2e-watched');
    await vscode.commands.executeCommand('berth.containers.clearFilter');
    assert.equal(await copiedName(containerId), 'berth-e2e');
  });
});
