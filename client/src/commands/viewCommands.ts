/** Refresh, filter and clear the filter for each view, sort the Containers view, and Retry after the engine could not be reached. */
import * as vscode from 'vscode';
import { config } from '../config';
import { ENGINE_VIEWS, type EngineView } from '../explorer/explorerModel';
import { CONTAINER_ORDERS, type ContainerOrder } from '../explorer/listOptions';
import type { Explorer, ViewName } from '../explorer/registerExplorer';
import type { BerthCommand } from './registerCommands';

const ORDER_LABELS: Record<ContainerOrder, { label: string; detail: string }> = {
  name: { label: 'Name', detail: 'Compose projects, then containers, by name' },
  created: { label: 'Created', detail: 'Newest first; a project by its newest container' },
  status: { label: 'Status', detail: 'Running, then paused, created and stopped; ties by name' },
};

/**
 * Asks for the filter in an input box that applies it as it is typed; Escape puts the previous
 * filter back. A string argument (from a keybinding) is applied without asking.
 */
async function askFilter(explorer: Explorer, view: EngineView, given: unknown): Promise<void> {
  if (typeof given === 'string') {
    explorer.setFilter(view, given);
    return;
  }
  const previous = explorer.filter(view);
  const input = vscode.window.createInputBox();
  input.title = `Filter ${view[0].toUpperCase()}${view.slice(1)}`;
  input.value = previous;
  input.prompt = 'Words that must all occur in a name, image, state, port or Compose project. Empty shows everything.';
  input.placeholder = view === 'containers' ? 'e.g. web running' : 'e.g. nginx';
  let accepted = false;
  await new Promise<void>((resolve) => {
    input.onDidChangeValue((value) => explorer.setFilter(view, value));
    input.onDidAccept(() => {
      accepted = true;
      input.hide();
    });
    input.onDidHide(() => {
      if (!accepted) explorer.setFilter(view, previous);
      input.dispose();
      resolve();
    });
    input.show();
  });
}

async function pickContainerOrder(): Promise<void> {
  const current = config.containerOrder();
  const picked = await vscode.window.showQuickPick(
    CONTAINER_ORDERS.map((order) => ({ ...ORDER_LABELS[order], description: order === current ? 'current' : undefined, order })),
    { title: 'Sort Containers By' },
  );
  if (picked) await vscode.workspace.getConfiguration('berth.explorer').update('sortContainersBy', picked.order, vscode.ConfigurationTarget.Global);
}

export function viewCommands(explorer: Explorer): BerthCommand[] {
  const views: ViewName[] = [...ENGINE_VIEWS, 'contexts'];
  return [
    ...views.map((view): BerthCommand => ({
      id: `berth.${view}.refresh`,
      needsTrust: false,
      title: `refresh ${view}`,
      run: () => explorer.refresh(view),
    })),
    ...ENGINE_VIEWS.flatMap((view): BerthCommand[] => [
      { id: `berth.${view}.filter`, needsTrust: false, title: `filter ${view}`, run: (text?: unknown) => askFilter(explorer, view, text) },
      { id: `berth.${view}.clearFilter`, needsTrust: false, title: `clear the ${view} filter`, run: () => explorer.setFilter(view, '') },
    ]),
    { id: 'berth.containers.sort', needsTrust: false, title: 'sort containers', run: () => pickContainerOrder() },
    { id: 'berth.engine.retry', needsTrust: false, title: 'retry', run: () => explorer.retry() },
  ];
}
