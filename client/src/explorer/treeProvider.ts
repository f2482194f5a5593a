/**
 * The one TreeDataProvider every Berth view uses: a thin adapter that copies ExplorerNodes (built
 * by the pure builders) into TreeItems and passes node-level refreshes on to VS Code.
 */
import * as vscode from 'vscode';
import type { ExplorerNode } from './node';

/** What a view shows; the explorer supplies one per view. */
export interface NodeSource {
  /** Resolves when `roots()` is worth showing (the first list, or the error that prevents it). */
  load(): Promise<void>;
  roots(): readonly ExplorerNode[];
  node(id: string): ExplorerNode | undefined;
}

/** The element VS Code holds for a node: one object per id, so a refresh can name it. */
export interface NodeRef {
  readonly id: string;
}

export function toTreeItem(node: ExplorerNode): vscode.TreeItem {
  const state = node.children === undefined
    ? vscode.TreeItemCollapsibleState.None
    : node.collapsed ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.Expanded;
  const item = new vscode.TreeItem(node.label, state);
  item.id = node.id;
  item.description = node.description;
  item.tooltip = node.tooltip ? new vscode.MarkdownString(node.tooltip) : undefined;
  item.contextValue = node.contextValue;
  if (node.icon) item.iconPath = new vscode.ThemeIcon(node.icon.id, node.icon.color ? new vscode.ThemeColor(node.icon.color) : undefined);
  item.command = node.command;
  return item;
}

export class ExplorerTreeProvider implements vscode.TreeDataProvider<NodeRef>, vscode.Disposable {
  private readonly refs = new Map<string, NodeRef>();
  private readonly changed = new vscode.EventEmitter<NodeRef[] | undefined>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private source: NodeSource) {}

  /** Shows another source (a new engine connection) from the top. */
  replaceSource(source: NodeSource): void {
    this.source = source;
    this.refresh();
  }

  /** Refreshes the named nodes (each with its children), or the whole view. */
  refresh(ids?: readonly string[]): void {
    if (!ids) {
      this.refs.clear();
      this.changed.fire(undefined);
      return;
    }
    const refs = ids.map((id) => this.refs.get(id)).filter((ref): ref is NodeRef => ref !== undefined);
    if (refs.length > 0) this.changed.fire(refs);
  }

  /** The node behind an element VS Code hands to a command. */
  nodeOf(ref: NodeRef | undefined): ExplorerNode | undefined {
    return ref ? this.source.node(ref.id) : undefined;
  }

  allNodes(): ExplorerNode[] {
    const walk = (nodes: readonly ExplorerNode[]): ExplorerNode[] => nodes.flatMap((n) => [n, ...walk(n.children ?? [])]);
    return walk(this.source.roots());
  }

  private refOf(node: ExplorerNode): NodeRef {
    let ref = this.refs.get(node.id);
    if (!ref) {
      ref = { id: node.id };
      this.refs.set(node.id, ref);
    }
    return ref;
  }

  getTreeItem(ref: NodeRef): vscode.TreeItem {
    const node = this.source.node(ref.id);
    // A node removed since VS Code asked for its parent: its parent's refresh is already on its way.
    return node ? toTreeItem(node) : new vscode.TreeItem('…');
  }

  async getChildren(ref?: NodeRef): Promise<NodeRef[]> {
    if (!ref) {
      await this.source.load();
      return this.source.roots().map((node) => this.refOf(node));
    }
    return (this.source.node(ref.id)?.children ?? []).map((node) => this.refOf(node));
  }

  dispose(): void {
    this.changed.dispose();
  }
}
