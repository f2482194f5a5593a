/** Refresh for each view, and Retry after the engine could not be reached. */
import { ENGINE_VIEWS } from '../explorer/explorerModel';
import type { Explorer, ViewName } from '../explorer/registerExplorer';
import type { BerthCommand } from './registerCommands';

export function viewCommands(explorer: Explorer): BerthCommand[] {
  const views: ViewName[] = [...ENGINE_VIEWS, 'contexts'];
  return [
    ...views.map((view): BerthCommand => ({
      id: `berth.${view}.refresh`,
      needsTrust: false,
      title: `refresh ${view}`,
      run: () => explorer.refresh(view),
    })),
    { id: 'berth.engine.retry', needsTrust: false, title: 'retry', run: () => explorer.retry() },
  ];
}
