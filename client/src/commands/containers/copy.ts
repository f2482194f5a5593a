/** Copies a container's full id or its name to the clipboard. */
import * as vscode from 'vscode';
import type { Explorer } from '../../explorer/registerExplorer';
import { byContext, chooseNodes } from '../explorerActions';
import type { BerthCommand } from '../registerCommands';

export function copyCommands(explorer: Explorer): BerthCommand[] {
  const copy = (what: 'id' | 'name'): BerthCommand => ({
    id: what === 'id' ? 'berth.containers.copyId' : 'berth.containers.copyName',
    needsTrust: false,
    title: `copy container ${what}s`,
    async run(...args: unknown[]) {
      const nodes = await chooseNodes(explorer, args, { view: 'containers', accepts: byContext(/^container\./), noun: `container whose ${what} to copy` });
      if (nodes.length === 0) return;
      await vscode.env.clipboard.writeText(nodes.map((n) => (what === 'id' ? n.target!.id : n.label)).join('\n'));
    },
  });
  return [copy('id'), copy('name')];
}
