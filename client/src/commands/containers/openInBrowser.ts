/** Opens a running container's published port in the browser (asks which when there are several). */
import * as vscode from 'vscode';
import { formatPort, portUrl, publishedPorts } from '../../explorer/containers/ports';
import type { Explorer } from '../../explorer/registerExplorer';
import { byContext, chooseNodes } from '../explorerActions';
import type { BerthCommand } from '../registerCommands';

export function openInBrowserCommand(explorer: Explorer): BerthCommand {
  return {
    id: 'berth.containers.openInBrowser',
    needsTrust: false,
    title: 'open container ports',
    async run(...args: unknown[]) {
      const [node] = await chooseNodes(explorer, args, { view: 'containers', accepts: byContext(/^container\.running$/), noun: 'running container to open' });
      const info = node && explorer.explorerModel?.container(node.target!.id);
      const endpoint = explorer.endpoint;
      if (!node || !info || !endpoint) return;
      const ports = publishedPorts(info).filter((p) => p.protocol === 'tcp');
      if (ports.length === 0) {
        void vscode.window.showInformationMessage(`Container ${node.label} publishes no TCP port. Publish one with -p HOST:CONTAINER.`);
        return;
      }
      const port = ports.length === 1 ? ports[0]
        : (await vscode.window.showQuickPick(ports.map((p) => ({ label: formatPort(p), description: portUrl(p, endpoint), port: p })), { placeHolder: 'Pick a port to open' }))?.port;
      if (port) await vscode.env.openExternal(vscode.Uri.parse(portUrl(port, endpoint)));
    },
  };
}
