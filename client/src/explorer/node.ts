/**
 * What the explorer shows, as plain data: the pure builders turn engine data into ExplorerNodes,
 * the tree providers copy them into VS Code's TreeItems. No vscode import, so node tests and the
 * benchmark build exactly what the views show.
 */
import type { ObjectKind } from '../engine/connect';

export interface NodeIcon {
  /** A codicon id, e.g. "debug-start" or "sync~spin". */
  id: string;
  /** A theme color id, e.g. "charts.green". */
  color?: string;
}

export interface NodeCommand {
  command: string;
  title: string;
  arguments?: unknown[];
}

/** The engine object a node stands for; commands act on it. */
export interface NodeTarget {
  kind: ObjectKind | 'context';
  /** The engine's id (container or image id, volume or network name, context name). */
  id: string;
  /** What messages call it: "container web-1", "image nginx:1.27". */
  name: string;
}

export interface ExplorerNode {
  /** Unique in its view and stable across refreshes (VS Code keeps expansion state by it). */
  id: string;
  label: string;
  description?: string;
  /** Markdown. */
  tooltip?: string;
  /** `<kind>.<state>`, from contextValues.ts; package.json menus match on it. */
  contextValue?: string;
  icon?: NodeIcon;
  /** Present (even empty) for nodes that expand. */
  children?: ExplorerNode[];
  /** Groups start expanded unless this is set. */
  collapsed?: boolean;
  command?: NodeCommand;
  target?: NodeTarget;
  /** What a view filter searches (listOptions.ts), when label and description would not do (live figures, say). */
  filterText?: string;
}

/** Every node of a forest by id. */
export function indexNodes(roots: readonly ExplorerNode[], index = new Map<string, ExplorerNode>()): Map<string, ExplorerNode> {
  for (const node of roots) {
    index.set(node.id, node);
    if (node.children) indexNodes(node.children, index);
  }
  return index;
}

function sameIcon(a: NodeIcon | undefined, b: NodeIcon | undefined): boolean {
  return a?.id === b?.id && a?.color === b?.color;
}

function sameCommand(a: NodeCommand | undefined, b: NodeCommand | undefined): boolean {
  return a === b || (a?.command === b?.command && a?.title === b?.title && JSON.stringify(a?.arguments) === JSON.stringify(b?.arguments));
}

/** Same presentation, children aside. */
export function samePresentation(a: ExplorerNode, b: ExplorerNode): boolean {
  return a.label === b.label && a.description === b.description && a.tooltip === b.tooltip && a.contextValue === b.contextValue
    && a.collapsed === b.collapsed && (a.children === undefined) === (b.children === undefined)
    && sameIcon(a.icon, b.icon) && sameCommand(a.command, b.command) && a.target?.name === b.target?.name;
}

function sameIds(a: readonly ExplorerNode[], b: readonly ExplorerNode[]): boolean {
  return a.length === b.length && a.every((node, i) => node.id === b[i].id);
}

export interface TreeChange {
  /** The top-level list itself changed: refresh the whole view. */
  roots: boolean;
  /** Nodes to refresh (each with its children); none of them is inside another. */
  nodes: string[];
}

/**
 * The smallest set of refreshes that turns `before` into `after`: a node whose own presentation
 * changed, or a parent whose list of children changed (added, removed or reordered). A container
 * changing state refreshes that container's node only.
 */
export function changedNodes(before: readonly ExplorerNode[], after: readonly ExplorerNode[]): TreeChange {
  if (!sameIds(before, after)) return { roots: true, nodes: [] };
  const nodes: string[] = [];
  const walk = (olds: readonly ExplorerNode[], news: readonly ExplorerNode[]) => {
    for (let i = 0; i < news.length; i++) {
      const old = olds[i];
      const next = news[i];
      const childrenChanged = !sameIds(old.children ?? [], next.children ?? []);
      if (!samePresentation(old, next) || childrenChanged) nodes.push(next.id);
      else if (old.children && next.children) walk(old.children, next.children);
    }
  };
  walk(before, after);
  return { roots: false, nodes };
}
