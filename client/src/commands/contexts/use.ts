/**
 * Switches the Docker context, as `docker context use` does (the CLI in terminals follows too);
 * the explorer reconnects to the new context's engine.
 */
import * as vscode from 'vscode';
import { DEFAULT_CONTEXT, dockerConfigDir, useContext } from '../../engine/contexts';
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
      // berth.docker.host, DOCKER_HOST or DOCKER_CONTEXT in VS Code's environment outrank config.json.
      const chosen = node.target!.id;
      const endpoint = explorer.endpoint;
      const followed = chosen === DEFAULT_CONTEXT ? endpoint?.source === 'default' || endpoint?.source === 'DOCKER_HOST' : endpoint?.source === 'context' && endpoint.context === chosen;
      if (endpoint && !followed) {
        void vscode.window.showWarningMessage(`Docker context "${chosen}" is now current, but Berth keeps using ${endpoint.host} ${describeSource(endpoint)}.`);
      }
    },
  };
}
