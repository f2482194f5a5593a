import type { EnginePlatforms } from './dockerfile/context';
import { normalizePlatform, type Platform } from './dockerfile/platforms';
import type { ImagePlatforms } from './protocol';

/** References asked of the client at once: a Dockerfile names a few base images, never hundreds. */
export const MAX_REFERENCES_PER_REQUEST = 32;

export interface ImagePlatformCacheOptions {
  /** How long an answer stands before the client is asked again (an image may be pulled again meanwhile). */
  freshMs: number;
  /** How long to wait for the client before taking its silence as "unknown". */
  timeoutMs: number;
  /** The most references remembered; the ones asked longest ago are forgotten first. */
  maxImages: number;
  now: () => number;
}

const DEFAULTS: ImagePlatformCacheOptions = { freshMs: 30_000, timeoutMs: 5_000, maxImages: 256, now: Date.now };

interface Known {
  /** null: the engine does not have it, or did not say. */
  platform: Platform | null;
  askedAt: number;
}

function isPlatform(value: unknown): value is Platform {
  const p = value as Platform | null | undefined;
  return typeof p?.os === 'string' && typeof p.architecture === 'string' && (p.variant === undefined || typeof p.variant === 'string');
}

function samePlatform(a: Platform | null | undefined, b: Platform | null | undefined): boolean {
  return a?.os === b?.os && a?.architecture === b?.architecture && a?.variant === b?.variant;
}

/**
 * The platforms of the engine and of base images, as the client last reported them, for lint. Lint
 * must not wait on the engine: `known` answers at once with what is known and asks the client in the
 * background about references it has not asked about lately; when an answer changes what is known,
 * `learnt` is called so the open Dockerfiles are linted again.
 */
export class ImagePlatformCache {
  private engine: Platform | undefined;
  private engineAskedAt = Number.NEGATIVE_INFINITY;
  private readonly images = new Map<string, Known>();
  private readonly asking = new Set<string>();
  private requestsInFlight = 0;
  private readonly options: ImagePlatformCacheOptions;

  constructor(
    private readonly fetch: (references: string[]) => Promise<ImagePlatforms>,
    private readonly learnt: () => void,
    options: Partial<ImagePlatformCacheOptions> = {},
  ) {
    this.options = { ...DEFAULTS, ...options };
  }

  /** The engine's platform, normalised, once the client has told it. */
  get enginePlatform(): Platform | undefined {
    return this.engine;
  }

  /** What is known about `references` and the engine; undefined until the engine's platform is. */
  known(references: readonly string[]): EnginePlatforms | undefined {
    const now = this.options.now();
    const stale = (askedAt: number) => now - askedAt >= this.options.freshMs;
    const unique = [...new Set(references)].slice(0, MAX_REFERENCES_PER_REQUEST);
    const wanted = unique.filter((reference) => !this.asking.has(reference) && stale(this.images.get(reference)?.askedAt ?? Number.NEGATIVE_INFINITY));
    if (wanted.length > 0 || (stale(this.engineAskedAt) && this.requestsInFlight === 0)) void this.ask(wanted);
    if (!this.engine) return undefined;
    const images: Record<string, Platform> = {};
    for (const reference of unique) {
      const platform = this.images.get(reference)?.platform;
      if (platform) images[reference] = platform;
    }
    return { engine: this.engine, images };
  }

  /**
   * The next `known` asks the client again about the engine and every reference (the engine changed).
   * What was known stands until the answers arrive, so a finding does not blink out and back.
   */
  markStale(): void {
    this.engineAskedAt = Number.NEGATIVE_INFINITY;
    for (const known of this.images.values()) known.askedAt = Number.NEGATIVE_INFINITY;
  }

  private async ask(references: string[]): Promise<void> {
    for (const reference of references) this.asking.add(reference);
    this.requestsInFlight++;
    const answer = await this.answerWithin(references);
    this.requestsInFlight--;
    const now = this.options.now();
    let changed = false;
    // No answer in time: what was known stands until it goes stale.
    if (answer) {
      const engine = isPlatform(answer.engine) ? normalizePlatform(answer.engine) : undefined;
      changed = !samePlatform(engine, this.engine);
      this.engine = engine;
    }
    this.engineAskedAt = now;
    for (const reference of references) {
      this.asking.delete(reference);
      const before = this.images.get(reference)?.platform ?? null;
      const reported = answer && Object.hasOwn(answer.images ?? {}, reference) ? answer.images[reference] : undefined;
      const platform = answer ? (isPlatform(reported) ? normalizePlatform(reported) : null) : before;
      changed ||= !samePlatform(platform, before);
      // Re-inserted so the map's order is the order of asking, oldest first.
      this.images.delete(reference);
      this.images.set(reference, { platform, askedAt: now });
    }
    for (const oldest of this.images.keys()) {
      if (this.images.size <= this.options.maxImages) break;
      this.images.delete(oldest);
    }
    if (changed) this.learnt();
  }

  /** The client's answer, or undefined when it fails, is malformed or takes longer than the timeout. */
  private async answerWithin(references: string[]): Promise<ImagePlatforms | undefined> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), this.options.timeoutMs)));
    try {
      const answer = await Promise.race([this.fetch(references), late]);
      return answer && typeof answer === 'object' ? answer : undefined;
    } catch {
      return undefined;
    } finally {
      clearTimeout(timer);
    }
  }
}
