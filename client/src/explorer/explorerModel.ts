/**
 * The explorer's live state for one engine connection, without VS Code: what each engine view
 * shows, kept current by the engine's event stream while any view is visible.
 *
 * Refresh policy, in one place:
 * - a view is listed once when first shown; after that only events change it;
 * - a container event re-reads that one container (`listContainer`), bursts coalesced (refresh.ts;
 *   more than PATCH_LIMIT at once: one full list); image, volume and network events re-list their view;
 * - when the engine goes away every view shows the error; when the stream reopens (backoff in
 *   events.ts) the visible views are listed again, since events were missed;
 * - with every view hidden the model lets go of the stream (engine/sharedEvents.ts: it closes
 *   unless the Compose CodeLens still follows it): nothing runs while idle;
 * - stats stream only for running containers while the Containers view is visible, and reach
 *   the nodes at most every statsIntervalMs; meanwhile the containers' status durations ("Up 3
 *   minutes") are carried forward every statusRefreshMs, without asking the engine;
 * - a view's filter and the containers' order apply when its nodes are built: changing them
 *   rebuilds from the data held, asking the engine nothing.
 * Each change names the nodes to refresh (see changedNodes), or the whole view.
 */
import type { ContainerInfo, Engine } from '../engine/connect';
import { isAbortError } from '../engine/connect';
import { toEngineError, type EngineError } from '../engine/errors';
import type { Backoff } from '../engine/events';
import type { StatsSample } from '../engine/stats';
import { EngineData } from './engineData';
import { EventFeed } from './eventFeed';
import type { ContainerOrder } from './listOptions';
import { LiveContainers, type LiveOptions } from './liveContainers';
import { changedNodes, indexNodes, type ExplorerNode } from './node';
import { EventBatcher, type RefreshBatch } from './refresh';
import { engineErrorNodes } from './statusNodes';
import { viewNodes } from './viewNodes';

export type EngineView = 'containers' | 'images' | 'volumes' | 'networks';
export const ENGINE_VIEWS: readonly EngineView[] = ['containers', 'images', 'volumes', 'networks'];

export interface ViewChange {
  view: EngineView;
  /** The nodes to refresh; undefined: the whole view. */
  nodeIds?: string[];
}

/** Live parts (liveContainers.ts) as they apply while the Containers view is visible, and the view's order. */
export interface ExplorerModelOptions extends LiveOptions {
  containerOrder: ContainerOrder;
  now: () => number;
  backoff?: Backoff;
}

export const DEFAULT_MODEL_OPTIONS: ExplorerModelOptions = { stats: true, statsIntervalMs: 2_000, maxStatsStreams: 50, containerOrder: 'name', statusRefreshMs: 10_000, now: Date.now };

/** Past this many containers changed in one burst, one full list is cheaper than one read each. */
export const PATCH_LIMIT = 32;
const NO_SAMPLES: ReadonlyMap<string, StatsSample> = new Map();

export class ExplorerModel {
  private readonly data: EngineData;
  /** Views whose data is known to match the engine. */
  private readonly current = new Set<EngineView>();
  private readonly trees = new Map<EngineView, { roots: ExplorerNode[]; index: Map<string, ExplorerNode> }>();
  private readonly visible = new Set<EngineView>();
  private readonly queues = new Map<EngineView, Promise<void>>();
  private readonly listeners = new Set<(change: ViewChange) => void>();
  private error: EngineError | undefined;
  private readonly events = new EventBatcher((batch) => this.apply(batch));
  private readonly feed: EventFeed;
  private live: LiveContainers | undefined;
  private readonly filters = new Map<EngineView, string>();
  private containerOrder: ContainerOrder;
  private disposed = false;

  constructor(
    readonly engine: Engine,
    private readonly options: ExplorerModelOptions = DEFAULT_MODEL_OPTIONS,
  ) {
    this.data = new EngineData(engine, options.now);
    this.feed = new EventFeed(engine, {
      onOpened: (first) => this.streamOpened(first),
      onFailed: (error) => this.setError(error),
      onEvent: (event) => this.events.add(event),
    }, options.backoff);
    this.containerOrder = options.containerOrder;
  }

  onDidChange(listener: (change: ViewChange) => void): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  roots(view: EngineView): readonly ExplorerNode[] {
    return this.trees.get(view)?.roots ?? [];
  }

  node(view: EngineView, id: string): ExplorerNode | undefined {
    return this.trees.get(view)?.index.get(id);
  }

  get engineError(): EngineError | undefined {
    return this.error;
  }

  /** The raw engine data behind a container node (commands need ports and state). */
  container(id: string): ContainerInfo | undefined {
    return this.data.container(id);
  }

  /**
   * Resolves once the view shows the engine's data, or the error that prevents it. Kept current
   * by events only while some view is visible; otherwise this lists once.
   */
  load(view: EngineView): Promise<void> {
    if (this.current.has(view) || this.error || this.disposed) return Promise.resolve();
    if (this.visible.size > 0) this.feed.start();
    return this.enqueue(view, () => this.list(view));
  }

  /** Views report visibility: the event stream (and stats) run only while something is shown. */
  setVisible(view: EngineView, visible: boolean): void {
    if (this.disposed) return;
    if (visible) this.visible.add(view);
    else this.visible.delete(view);
    if (this.visible.size > 0) this.feed.start();
    else this.stopFeed();
    this.followVisibility();
  }

  /** Shows only the nodes `text` lets through (listOptions.ts); blank text shows all. */
  setFilter(view: EngineView, text: string): void {
    if (text.trim()) this.filters.set(view, text);
    else this.filters.delete(view);
    if (this.trees.has(view)) this.rebuild(view);
  }

  setContainerOrder(order: ContainerOrder): void {
    this.containerOrder = order;
    if (this.trees.has('containers')) this.rebuild('containers');
  }

  /** A manual refresh: lists the views again (all visible ones when none is named). */
  async refresh(view?: EngineView): Promise<void> {
    const views = view ? [view] : [...this.visible];
    for (const v of views) this.current.delete(v);
    await Promise.all(views.map((v) => this.load(v)));
  }

  /** Retry now after a failure: reopen the stream without waiting for the backoff, and list. */
  retry(): void {
    if (this.disposed) return;
    this.clearError();
    this.feed.retryNow();
    for (const view of this.visible) void this.load(view);
  }

  dispose(): void {
    this.disposed = true;
    this.stopFeed();
    this.events.dispose();
    this.listeners.clear();
    this.engine.dispose();
  }

  private emit(change: ViewChange): void {
    for (const listener of [...this.listeners]) listener(change);
  }

  private enqueue(view: EngineView, work: () => Promise<void>): Promise<void> {
    const next = (this.queues.get(view) ?? Promise.resolve()).then(work);
    this.queues.set(view, next);
    return next;
  }

  private streamOpened(first: boolean): void {
    // A first open with nothing failed: the lists waiting on the feed go ahead by themselves.
    if (first && !this.error) return;
    // Open again after a failure: whatever happened meanwhile is unknown.
    this.clearError();
    for (const view of this.visible) void this.load(view);
  }

  private stopFeed(): void {
    this.feed.stop();
    // Without events nothing stays current; the next view shown lists again.
    this.current.clear();
    this.followVisibility();
  }

  private async list(view: EngineView): Promise<void> {
    await this.feed.settled;
    if (this.current.has(view) || this.error || this.disposed) return;
    try {
      await this.data.list(view);
      // Without a stream (all views hidden) the data is current only for this moment.
      if (this.feed.open) this.current.add(view);
      this.rebuild(view);
      if (view === 'containers') this.followVisibility();
    } catch (error) {
      if (this.disposed || isAbortError(error)) return;
      this.setError(toEngineError(error, this.engine.endpoint.host));
    }
  }

  private setError(error: EngineError): void {
    this.error = error;
    this.current.clear();
    this.followVisibility();
    for (const view of ENGINE_VIEWS) this.rebuild(view);
  }

  private clearError(): void {
    if (!this.error) return;
    this.error = undefined;
    this.current.clear();
  }

  private build(view: EngineView): ExplorerNode[] {
    if (this.error) return engineErrorNodes(this.error);
    return viewNodes(view, this.data.viewData(this.live?.samples ?? NO_SAMPLES), { filter: this.filters.get(view), containerOrder: this.containerOrder, nowMs: this.options.now() });
  }

  /** Builds the view again and announces the smallest refresh that shows the difference. */
  private rebuild(view: EngineView): void {
    if (this.disposed) return;
    const roots = this.build(view);
    const previous = this.trees.get(view);
    this.trees.set(view, { roots, index: indexNodes(roots) });
    if (!previous) {
      this.emit({ view });
      return;
    }
    const change = changedNodes(previous.roots, roots);
    if (change.roots) this.emit({ view });
    else if (change.nodes.length > 0) this.emit({ view, nodeIds: change.nodes });
  }

  private apply(batch: RefreshBatch): void {
    if (batch.containers.size > 0 && this.current.has('containers')) {
      void this.enqueue('containers', () => this.patchContainers(batch.containers, batch.destroyed));
    }
    for (const view of batch.views) {
      // A view never listed (or stale) is listed in full when shown; nothing to patch.
      if (!this.current.has(view)) continue;
      this.current.delete(view);
      void this.load(view);
    }
  }

  private async patchContainers(ids: Set<string>, destroyed: Set<string>): Promise<void> {
    if (!this.current.has('containers')) return;
    if (ids.size > PATCH_LIMIT) {
      this.current.delete('containers');
      await this.list('containers');
      return;
    }
    try {
      await this.data.patchContainers(ids, destroyed);
    } catch (error) {
      if (this.disposed || isAbortError(error)) return;
      // The stream reports the engine going away; here just list again when next shown.
      this.current.delete('containers');
      this.emit({ view: 'containers' });
      return;
    }
    this.rebuild('containers');
    this.followVisibility();
  }

  /** Stats streams and the status clock run only while the Containers view is visible and current. */
  private followVisibility(): void {
    const wanted = this.visible.has('containers') && this.current.has('containers') && !this.error && !this.disposed;
    if (wanted) {
      this.live ??= new LiveContainers(this.engine, this.options, () => this.rebuild('containers'));
      this.live.follow(this.data.allContainers());
    } else if (this.live) {
      const shown = this.live.samples.size > 0;
      this.live.dispose();
      this.live = undefined;
      // Take the figures out of the descriptions (an error shows its own nodes instead).
      if (shown && !this.error && !this.disposed) this.rebuild('containers');
    }
  }

  /** Open stats streams, for tests. */
  get statsStreams(): number {
    return this.live?.streams ?? 0;
  }
}
