import type { LocalImage } from './protocol';

/**
 * The local engine's images as the client last reported them. Completion and hover ask this, and
 * must answer fast: a fresh list is returned at once, otherwise the client is asked and the answer
 * awaited for at most `waitMs`; past that the request carries on in the background (filling the
 * cache for the next keystroke) and the caller gets what is known, possibly nothing.
 */
export class LocalImageCache {
  private images: LocalImage[] = [];
  private fetchedAt = Number.NEGATIVE_INFINITY;
  private inFlight: Promise<void> | undefined;

  constructor(
    private readonly fetch: () => Promise<LocalImage[]>,
    private readonly options: { freshMs: number; waitMs: number; now: () => number } = { freshMs: 10_000, waitMs: 300, now: Date.now },
  ) {}

  async get(): Promise<readonly LocalImage[]> {
    if (this.options.now() - this.fetchedAt < this.options.freshMs) return this.images;
    this.inFlight ??= this.refresh();
    let timer: NodeJS.Timeout | undefined;
    const waited = new Promise<void>((resolve) => (timer = setTimeout(resolve, this.options.waitMs)));
    await Promise.race([this.inFlight, waited]);
    clearTimeout(timer);
    return this.images;
  }

  /** The next `get` asks the client again (the engine changed); the old list stands until the answer. */
  markStale(): void {
    this.fetchedAt = Number.NEGATIVE_INFINITY;
  }

  private async refresh(): Promise<void> {
    try {
      const answer = await this.fetch();
      this.images = Array.isArray(answer) ? answer : [];
    } catch {
      // No engine, or a client that cannot answer: no images, and no asking again until the list goes stale.
      this.images = [];
    } finally {
      this.fetchedAt = this.options.now();
      this.inFlight = undefined;
    }
  }
}
