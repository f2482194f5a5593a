/**
 * Which engine events change what the views show, gathered into batches: a burst of events (a
 * `docker compose up`, a `docker rm -f $(docker ps -aq)`) becomes one refresh a few milliseconds
 * later instead of one per event.
 */
import type { EngineEvent } from '../engine/events';
import type { EngineView } from './explorerModel';

/** Container actions that change nothing the view shows. */
const SILENT_CONTAINER_ACTIONS = new Set([
  'exec_create', 'exec_start', 'exec_die', 'exec_detach', 'attach', 'detach', 'resize', 'top',
  'archive-path', 'extract-to-dir', 'export', 'copy', 'commit', 'mount', 'unmount',
]);
/** Volume and network actions that add or remove one (not connect, mount and the like). */
const LISTING_ACTIONS = new Set(['create', 'destroy', 'remove', 'prune']);
const COALESCE_MS = 20;

export interface RefreshBatch {
  /** Containers to read again. */
  containers: Set<string>;
  /** Of those, the ones known to be gone (no need to ask). */
  destroyed: Set<string>;
  /** Views to list again in full. */
  views: Set<EngineView>;
}

function emptyBatch(): RefreshBatch {
  return { containers: new Set(), destroyed: new Set(), views: new Set() };
}

export class EventBatcher {
  private batch = emptyBatch();
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly flush: (batch: RefreshBatch) => void) {}

  add(event: EngineEvent): void {
    switch (event.type) {
      case 'container':
        if (SILENT_CONTAINER_ACTIONS.has(event.action)) return;
        this.batch.containers.add(event.id);
        if (event.action === 'destroy' || event.action === 'remove') this.batch.destroyed.add(event.id);
        break;
      case 'image':
        this.batch.views.add('images');
        break;
      case 'volume':
      case 'network':
        if (!LISTING_ACTIONS.has(event.action)) return;
        this.batch.views.add(event.type === 'volume' ? 'volumes' : 'networks');
        break;
      default:
        return;
    }
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      const batch = this.batch;
      this.batch = emptyBatch();
      this.flush(batch);
    }, COALESCE_MS);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.batch = emptyBatch();
  }
}
