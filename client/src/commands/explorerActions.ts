/**
 * What explorer commands share: finding the nodes to act on (the clicked node, the selection, or a
 * quick pick from the palette), confirming destructive actions, and running an engine action per
 * node with progress in the view and one message per failure naming the object and the reason.
 */
import * as vscode from 'vscode';
import type { Engine } from '../engine/connect';
import { actionFailedMessage } from '../engine/errors';
import type { ExplorerNode } from '../explorer/node';
import { VIEW_IDS, type Explorer, type ViewName } from '../explorer/registerExplorer';
import type { NodeRef } from '../explorer/treeProvider';

export interface NodeChoice {
  view: ViewName;
  /** Which nodes the command applies to (by their context value). */
  accepts: (node: ExplorerNode) => boolean;
  /** For the quick pick and the "nothing to act on" message: "container to stop". */
  noun: string;
}

/** The nodes a command invoked with VS Code's (clicked, selected) arguments acts on; asks when invoked from the palette. */
export async function chooseNodes(explorer: Explorer, args: unknown[], choice: NodeChoice): Promise<ExplorerNode[]> {
  const [clicked, selected] = args as [NodeRef | undefined, NodeRef[] | undefined];
  if (clicked && typeof clicked === 'object' && 'id' in clicked) {
    await explorer.load(choice.view);
    return explorer.nodesFor(choice.view, clicked, selected).filter(choice.accepts);
  }
  const candidates = (await explorer.targetNodes(choice.view)).filter(choice.accepts);
  if (candidates.length === 0) {
    void vscode.window.showInformationMessage(`There is no ${choice.noun}.`);
    return [];
  }
  const picked = await vscode.window.showQuickPick(
    candidates.map((node) => ({ label: node.label, description: node.description, node })),
    { placeHolder: `Pick a ${choice.noun}`, matchOnDescription: true },
  );
  return picked ? [picked.node] : [];
}

/** A modal confirmation; resolves true only for the action button. */
export async function confirm(message: string, action: string, detail?: string): Promise<boolean> {
  return (await vscode.window.showWarningMessage(message, { modal: true, detail }, action)) === action;
}

export function requireEngine(explorer: Explorer): Engine {
  const engine = explorer.engine;
  if (!engine) throw new Error(explorer.explorerModel?.engineError?.message ?? 'Berth has no Docker engine to talk to. Pick a context or set berth.docker.host.');
  return engine;
}

/**
 * Runs `action` on each node, one after the other, with progress shown on the view; each failure
 * becomes one error message ("Could not stop container web-1: …"). Resolves with how many succeeded.
 */
export async function perform(
  explorer: Explorer,
  view: ViewName,
  nodes: readonly ExplorerNode[],
  verb: string,
  action: (engine: Engine, node: ExplorerNode) => Promise<void>,
): Promise<number> {
  const engine = requireEngine(explorer);
  let succeeded = 0;
  await vscode.window.withProgress({ location: { viewId: VIEW_IDS[view] } }, async () => {
    for (const node of nodes) {
      try {
        await action(engine, node);
        succeeded++;
      } catch (error) {
        void vscode.window.showErrorMessage(actionFailedMessage(verb, node.target?.name ?? node.label, error));
      }
    }
  });
  return succeeded;
}

export function byContext(pattern: RegExp): (node: ExplorerNode) => boolean {
  return (node) => pattern.test(node.contextValue ?? '');
}
