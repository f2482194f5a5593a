/**
 * Switches the Docker context, as `docker context use` does (the CLI in terminals follows too);
 * the explorer reconnects to the new context's engine.
 */
import * as vscode from 'vscode';
import { dockerConfigDir, useContext } from '../../engine/contexts';
import { describeSource } from '../../engine/endpoint';
import type { Explorer } from '../../explorer/registerExplorer';
import { byContext, chooseNodes } from '../explorerActions';
import type { BerthCommand } from '../registerCommands';

export function useContextCommand(explorer: Explorer): BerthCommand {
  return {
    id: 'berth.contexts.use',
    needsTrust: true,
    title: 'switch Docker contexts',
    async run(...args: unknown[]) {
      const [node] = await chooseNodes(explorer, args, { view: 'contexts', accepts: byContext(/^context\./), noun: 'Docker context to use' });
      if (!node) return;
      useContext(dockerConfigDir(process.env), node.target!.id);
      explorer.reconnect();
      await explorer.refresh('contexts');
      const endpoint = explorer.endpoint;
      if (endpoint && endpoint.source !== 'context' && endpoint.source !== 'default') {
        void vscode.window.showWarningMessage(`Docker context "${node.target!.id}" is now current, but Berth keeps using ${endpoint.host} ${describeSource(endpoint)}.`);
      }
    },
  };
}
