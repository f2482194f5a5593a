/** Every command the explorer's views offer, registered as one Disposable. */
import * as vscode from 'vscode';
import type { Explorer } from '../explorer/registerExplorer';
import { copyCommands } from './containers/copy';
import { lifecycleCommands } from './containers/lifecycle';
import { ContainerLogs, logsCommand } from './containers/logs';
import { openInBrowserCommand } from './containers/openInBrowser';
import { removeContainerCommand } from './containers/remove';
import { shellCommand } from './containers/shell';
import { StatsPanels, statsCommand } from './containers/stats';
import { useContextCommand } from './contexts/use';
import { tagCommand } from './images/tag';
import { registerInspect } from './objects/inspect';
import { pruneCommands } from './objects/prune';
import { removeCommands } from './objects/remove';
import { registerCommands } from './registerCommands';
import { viewCommands } from './viewCommands';

export function registerExplorerCommands(explorer: Explorer): vscode.Disposable {
  const logs = new ContainerLogs();
  const statsPanels = new StatsPanels();
  const inspect = registerInspect(explorer);
  const commands = registerCommands([
    ...lifecycleCommands(explorer),
    removeContainerCommand(explorer),
    logsCommand(explorer, logs),
    statsCommand(explorer, statsPanels),
    shellCommand(explorer),
    openInBrowserCommand(explorer),
    ...copyCommands(explorer),
    ...inspect.commands,
    ...removeCommands(explorer),
    ...pruneCommands(explorer),
    tagCommand(explorer),
    useContextCommand(explorer),
    ...viewCommands(explorer),
  ]);
  return vscode.Disposable.from(commands, inspect.provider, logs, statsPanels);
}
