import type { ComposeContext } from './context';
import { ExtenderGatherer, factsSignature, type ExtenderFacts, type ExtenderFileAccess } from './extenders';

/** After a change, the facts are gathered again this long after the last change (typing goes on meanwhile). */
export const EXTENDER_REFRESH_DELAY_MS = 200;

export interface ExtenderCacheOptions {
  /** The open Compose documents' parses, asked at each gathering. */
  openFiles: () => ComposeContext[];
  /** Called with the paths whose facts changed, so their documents are linted again. */
  learnt: (paths: string[]) => void;
  /** A gathering that failed; the facts stay as they were. */
  failed: (error: unknown) => void;
  access?: ExtenderFileAccess;
  delayMs?: number;
}

/**
 * The language server's extender facts (see extenders.ts) for the open Compose files. Lint never
 * waits for them: `known` answers at once with what was last gathered (nothing the first time) and
 * starts a gathering for a file it has not seen; `invalidate` (a Compose document or a watched file
 * changed) gathers again for every tracked file a little later. One gathering runs at a time; a
 * change during one runs another after it. Only facts that changed are reported to `learnt`.
 */
export class ExtenderFactsCache {
  private readonly facts = new Map<string, { facts: ExtenderFacts; signature: string }>();
  private readonly tracked = new Set<string>();
  private readonly gatherer: ExtenderGatherer;
  private timer?: NodeJS.Timeout;
  private running = false;
  private again = false;
  private waiters: (() => void)[] = [];

  constructor(private readonly options: ExtenderCacheOptions) {
    this.gatherer = new ExtenderGatherer(options.access);
  }

  /** The facts last gathered for the Compose file at `path`; undefined until the first gathering for it ends. */
  known(path: string): ExtenderFacts | undefined {
    if (!this.tracked.has(path)) {
      this.tracked.add(path);
      this.refresh(0);
    }
    return this.facts.get(path)?.facts;
  }

  /** The file was closed: its facts are no longer kept up to date. */
  forget(path: string): void {
    this.tracked.delete(path);
    this.facts.delete(path);
  }

  /** Something the facts are made of may have changed. */
  invalidate(): void {
    if (this.tracked.size > 0) this.refresh(this.options.delayMs ?? EXTENDER_REFRESH_DELAY_MS);
  }

  /** Resolves once no gathering is waiting or running: the facts are as current as the last change allows. */
  settled(): Promise<void> {
    return this.timer || this.running ? new Promise((resolve) => this.waiters.push(resolve)) : Promise.resolve();
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.tracked.clear();
    this.wake();
  }

  private refresh(delayMs: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (this.running) this.again = true;
      else void this.run();
    }, delayMs);
  }

  private async run(): Promise<void> {
    this.running = true;
    try {
      await this.gatherWhileChanging();
    } finally {
      this.running = false;
      if (!this.timer) this.wake();
    }
  }

  private wake(): void {
    for (const resolve of this.waiters.splice(0)) resolve();
  }

  private async gatherWhileChanging(): Promise<void> {
    do {
      this.again = false;
      const paths = [...this.tracked];
      let gathered: Map<string, ExtenderFacts>;
      try {
        gathered = await this.gatherer.gather(paths, this.options.openFiles());
      } catch (error) {
        this.options.failed(error);
        continue;
      }
      const changed: string[] = [];
      for (const [path, facts] of gathered) {
        // Closed while the gathering ran.
        if (!this.tracked.has(path)) continue;
        const signature = factsSignature(facts);
        // Before the first gathering the rules saw no extenders, as they do when none is found.
        const before = this.facts.get(path)?.signature ?? factsSignature(undefined);
        this.facts.set(path, { facts, signature });
        if (signature !== before) changed.push(path);
      }
      if (changed.length > 0) this.options.learnt(changed);
    } while (this.again);
  }
}
