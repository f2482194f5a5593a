/**
 * Builds every Berth view (Containers, Images, Volumes, Networks, Contexts) and owns the engine
 * connection behind them. The connection is the second lifetime: a changed berth.docker.host, a
 * context switch (here or with `docker context use`) disposes it and connects anew.
 */
import * as vscode from 'vscode';
import { config } from '../config';
import { connectEngine, type Engine } from '../engine/connect';
import { currentContextName, dockerConfigDir, readContexts } from '../engine/contexts';
import { defaultHost, resolveEndpoint, type EngineEndpoint } from '../engine/endpoint';
import { EngineError, toEngineError } from '../engine/errors';
import { contextNodes } from './contexts/contextNodes';
import { DEFAULT_MODEL_OPTIONS, ENGINE_VIEWS, ExplorerModel, type EngineView } from './explorerModel';
import { indexNodes, type ExplorerNode } from './node';
import { engineErrorNodes } from './statusNodes';
import { ExplorerTreeProvider, type NodeRef, type NodeSource } from './treeProvider';

export type ViewName = EngineView | 'contexts';

export const VIEW_IDS: Record<ViewName, string> = {
  containers: 'berth.containers',
  images: 'berth.images',
  volumes: 'berth.volumes',
  networks: 'berth.networks',
  contexts: 'berth.contexts',
};

const SSH_STATS_STREAMS = 10;
/** Context key: the ids of the views with a filter (menus: `view in berth.explorer.filtered`). */
const FILTERED_CONTEXT_KEY = 'berth.explorer.filtered';

export class Explorer implements vscode.Disposable {
  private model: ExplorerModel | undefined;
  /** Why there is no model: the endpoint could not be worked out (e.g. a missing current context). */
  private failure: EngineError | undefined;
  private connectionKey: string | undefined;
  private modelChanges: { dispose(): void } | undefined;
  private readonly providers = new Map<ViewName, ExplorerTreeProvider>();
  private readonly treeViews = new Map<ViewName, vscode.TreeView<NodeRef>>();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly contexts = this.contextSource();
  /** Filters outlive connections: a context switch keeps what the user asked to see. */
  private readonly filters = new Map<EngineView, string>();
  private readonly engineChanges = new vscode.EventEmitter<void>();
  /** Fires once the engine connection was replaced (a changed setting, a context switch); `engine` is the new one. */
  readonly onDidChangeEngine = this.engineChanges.event;

  constructor() {
    for (const view of ENGINE_VIEWS) this.createView(view, this.engineSource(view));
    this.createView('contexts', this.contexts);
    this.reconnect();
    this.disposables.push(
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (config.affectsEngine(event)) this.reconnect({ force: true });
        else if (event.affectsConfiguration('berth.explorer.sortContainersBy')) this.model?.setContainerOrder(config.containerOrder());
      }),
      this.watchDockerConfig(),
    );
  }

  get engine(): Engine | undefined {
    return this.model?.engine;
  }

  get endpoint(): EngineEndpoint | undefined {
    return this.model?.engine.endpoint;
  }

  get explorerModel(): ExplorerModel | undefined {
    return this.model;
  }

  /** The nodes a command acts on: the selection when the clicked node is part of it, else the clicked node. */
  nodesFor(view: ViewName, clicked: NodeRef | undefined, selected: readonly NodeRef[] | undefined): ExplorerNode[] {
    const provider = this.providers.get(view)!;
    const refs = clicked && selected?.some((ref) => ref.id === clicked.id) ? selected : clicked ? [clicked] : [];
    return refs.map((ref) => provider.nodeOf(ref)).filter((node): node is ExplorerNode => node?.target !== undefined);
  }

  /** Resolves once the view's nodes are listed (a command may arrive before the view was ever shown). */
  async load(view: ViewName): Promise<void> {
    if (view === 'contexts') await this.contexts.load();
    else await this.model?.load(view);
  }

  /** Every node of a view that stands for an engine object (for quick picks from the palette). */
  async targetNodes(view: ViewName): Promise<ExplorerNode[]> {
    await this.load(view);
    return this.providers.get(view)!.allNodes().filter((node) => node.target !== undefined);
  }

  filter(view: EngineView): string {
    return this.filters.get(view) ?? '';
  }

  /** Shows only what `text` matches in the view (blank: everything); the view's title shows the filter. */
  setFilter(view: EngineView, text: string): void {
    const filter = text.trim();
    if (filter) this.filters.set(view, filter);
    else this.filters.delete(view);
    this.model?.setFilter(view, filter);
    this.treeViews.get(view)!.description = filter ? `filter: ${filter}` : undefined;
    void vscode.commands.executeCommand('setContext', FILTERED_CONTEXT_KEY, [...this.filters.keys()].map((v) => VIEW_IDS[v]));
  }

  /** Lists a view again (all views when none is named). */
  async refresh(view?: ViewName): Promise<void> {
    if (view === 'contexts' || view === undefined) this.providers.get('contexts')!.refresh();
    if (view === 'contexts') return;
    if (this.failure) this.reconnect({ force: true });
    await this.model?.refresh(view);
  }

  /** After a failure: connect again (settings may have changed) and list now. */
  retry(): void {
    if (!this.reconnect()) this.model?.retry();
  }

  /**
   * Works out the endpoint again and, when it differs (or `force`), replaces the connection.
   * Returns true when it did.
   */
  reconnect(options: { force?: boolean } = {}): boolean {
    let endpoint: EngineEndpoint | undefined;
    let failure: EngineError | undefined;
    try {
      endpoint = resolveEndpoint({ hostSetting: config.dockerHost(), env: process.env, platform: process.platform });
    } catch (error) {
      const reason = (error as Error).message;
      failure = new EngineError('unreachable', 'the current Docker context', reason.replace(/\.$/, ''), undefined, reason);
    }
    const key = JSON.stringify(endpoint ?? failure?.message);
    if (!options.force && key === this.connectionKey) return false;
    this.connectionKey = key;
    this.modelChanges?.dispose();
    this.model?.dispose();
    this.model = undefined;
    this.failure = failure;
    if (endpoint) {
      try {
        // Over ssh every stream is an ssh process of its own: fewer stats streams there.
        const maxStatsStreams = endpoint.host.startsWith('ssh://') ? SSH_STATS_STREAMS : DEFAULT_MODEL_OPTIONS.maxStatsStreams;
        this.model = new ExplorerModel(connectEngine(endpoint), { ...DEFAULT_MODEL_OPTIONS, stats: config.explorerStats(), maxStatsStreams, containerOrder: config.containerOrder() });
        for (const [view, filter] of this.filters) this.model.setFilter(view, filter);
      } catch (error) {
        this.failure = toEngineError(error, endpoint.host);
      }
    }
    const model = this.model;
    this.modelChanges = model?.onDidChange((change) => this.providers.get(change.view)?.refresh(change.nodeIds));
    for (const view of ENGINE_VIEWS) if (this.treeViews.get(view)?.visible) model?.setVisible(view, true);
    for (const provider of this.providers.values()) provider.refresh();
    this.engineChanges.fire();
    return true;
  }

  dispose(): void {
    this.modelChanges?.dispose();
    this.model?.dispose();
    for (const disposable of [...this.disposables, ...this.treeViews.values(), ...this.providers.values(), this.engineChanges]) disposable.dispose();
  }

  private createView(view: ViewName, source: NodeSource): void {
    const provider = new ExplorerTreeProvider(source);
    const treeView = vscode.window.createTreeView(VIEW_IDS[view], {
      treeDataProvider: provider,
      canSelectMany: view !== 'contexts',
      showCollapseAll: view === 'containers' || view === 'images',
    });
    if (view !== 'contexts') {
      const engineView = view;
      treeView.onDidChangeVisibility((event) => this.model?.setVisible(engineView, event.visible), undefined, this.disposables);
    }
    this.providers.set(view, provider);
    this.treeViews.set(view, treeView);
  }

  private engineSource(view: EngineView): NodeSource {
    let failureNodes: { error: EngineError; index: Map<string, ExplorerNode>; roots: ExplorerNode[] } | undefined;
    const failureTree = (error: EngineError) => {
      if (failureNodes?.error !== error) {
        const roots = engineErrorNodes(error);
        failureNodes = { error, roots, index: indexNodes(roots) };
      }
      return failureNodes;
    };
    return {
      load: async () => {
        // VS Code asks for children only of views on screen.
        this.model?.setVisible(view, true);
        await this.model?.load(view);
      },
      roots: () => (this.failure ? failureTree(this.failure).roots : this.model?.roots(view) ?? []),
      node: (id) => (this.failure ? failureTree(this.failure).index.get(id) : this.model?.node(view, id)),
    };
  }

  private contextSource(): NodeSource {
    let index = new Map<string, ExplorerNode>();
    let roots: ExplorerNode[] = [];
    return {
      load: async () => {
        const configDir = dockerConfigDir(process.env);
        roots = contextNodes({
          contexts: readContexts(configDir),
          current: currentContextName(process.env, configDir),
          endpoint: this.endpoint,
          defaultHost: process.env.DOCKER_HOST || defaultHost(process.platform),
        });
        index = indexNodes(roots);
      },
      roots: () => roots,
      node: (id) => index.get(id),
    };
  }

  /** `docker context use` or `docker context create` in a terminal shows here without a reload. */
  private watchDockerConfig(): vscode.Disposable {
    const pattern = new vscode.RelativePattern(vscode.Uri.file(dockerConfigDir(process.env)), '{config.json,contexts/meta/*/meta.json}');
    const watcher = vscode.workspace.createFileSystemWatcher(pattern);
    const changed = () => {
      this.providers.get('contexts')?.refresh();
      this.reconnect();
    };
    watcher.onDidChange(changed);
    watcher.onDidCreate(changed);
    watcher.onDidDelete(changed);
    return watcher;
  }
}

export function registerExplorer(): Explorer {
  return new Explorer();
}
