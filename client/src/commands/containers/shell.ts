/**
 * A shell in a running container, in VS Code's terminal: `docker exec -it <id> sh`, bash when the
 * image has it. The docker CLI is started directly with an argument array (no shell line to
 * quote) and pointed at the engine Berth uses.
 */
import * as vscode from 'vscode';
import { cliEnvironment } from '../../engine/endpoint';
import type { Explorer } from '../../explorer/registerExplorer';
import { byContext, chooseNodes, requireEngine } from '../explorerActions';
import type { BerthCommand } from '../registerCommands';
import { findDocker, shellArguments } from './shellArguments';

export function shellCommand(explorer: Explorer): BerthCommand {
  return {
    id: 'berth.containers.shell',
    needsTrust: true,
    title: 'open a shell in containers',
    async run(...args: unknown[]) {
      const [node] = await chooseNodes(explorer, args, { view: 'containers', accepts: byContext(/^container\.running$/), noun: 'running container to open a shell in' });
      if (!node) return;
      const endpoint = requireEngine(explorer).endpoint;
      const docker = findDocker();
      if (!docker) throw new Error('The docker command is not on PATH: the shell runs `docker exec`. Install the Docker CLI and reload VS Code.');
      const terminal = vscode.window.createTerminal({
        name: `Shell: ${node.label}`,
        shellPath: docker,
        shellArgs: shellArguments(node.target!.id),
        env: cliEnvironment(endpoint),
        iconPath: new vscode.ThemeIcon('terminal'),
      });
      terminal.show();
    },
  };
}
