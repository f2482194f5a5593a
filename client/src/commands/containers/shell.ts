/**
 * A shell in a running container, in VS Code's terminal: `docker exec -it <id> sh`, bash when the
 * image has it. The docker CLI is started directly with an argument array (no shell line to
 * quote) and pointed at the engine Berth uses.
 */
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import * as vscode from 'vscode';
import { cliEnvironment } from '../../engine/endpoint';
import type { Explorer } from '../../explorer/registerExplorer';
import { byContext, chooseNodes, requireEngine } from '../explorerActions';
import type { BerthCommand } from '../registerCommands';

/** Runs inside the container: bash if installed, else sh. */
const BASH_OR_SH = 'if command -v bash >/dev/null 2>&1; then exec bash; else exec sh; fi';

export function shellArguments(containerId: string): string[] {
  return ['exec', '-it', containerId, 'sh', '-c', BASH_OR_SH];
}

/** The docker executable on PATH, or undefined. */
export function findDocker(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string | undefined {
  const names = platform === 'win32' ? ['docker.exe'] : ['docker'];
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const name of names) if (existsSync(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

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
