/**
 * Compose Down (`berth.compose.down`): stops and removes the project's containers and networks,
 * named volumes too when the user chooses so, after a confirmation. Every profile the file
 * declares is enabled, so services started under any profile go down as well.
 */
import { basename, dirname } from 'node:path';
import * as vscode from 'vscode';
import type { BerthCommand } from '../registerCommands';
import type { ComposeRunner } from './composeRunner';

export function composeDownCommand(runner: ComposeRunner): BerthCommand {
  return runner.command('down', 'run Compose', async ({ file, options }) => {
    const profiles = options?.profiles ?? (await runner.outline(file))?.profiles ?? runner.lastUp(file).profiles;
    let volumes = options?.volumes ?? false;
    if (!options) {
      const down = 'Down';
      const downWithVolumes = 'Down and Remove Volumes';
      const choice = await vscode.window.showWarningMessage(
        `Stop and remove the containers and networks of the Compose project in ${basename(dirname(file.fsPath))}?`,
        { modal: true, detail: 'Removing volumes deletes the data in the named volumes the file declares.' },
        down,
        downWithVolumes,
      );
      if (!choice) return undefined;
      volumes = choice === downWithVolumes;
    }
    return { verb: 'down', profiles, volumes };
  });
}
