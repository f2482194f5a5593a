/**
 * What Compose Up remembers per file: the profiles, services and build choice the user last picked.
 * The next interactive Up offers them as its defaults, and Restart, Logs, Build and Pull act with
 * them. Only the user's own picks count: an Up run with an options argument (a service's CodeLens,
 * a task, another command, a test) asked nothing, and leaves what was remembered as it was.
 * No VS Code here: the store is the little of a Memento it needs, so unit tests hand it a Map.
 */

export interface RememberedUp {
  profiles: string[];
  /** Empty: every service. */
  services: string[];
  build: boolean;
}

export interface ChoiceStore {
  get<T>(key: string): T | undefined;
  update(key: string, value: unknown): PromiseLike<void>;
}

const NOTHING_CHOSEN: RememberedUp = { profiles: [], services: [], build: false };

export class UpMemory {
  constructor(private readonly store: ChoiceStore) {}

  /** The user's last choices for `file` (a URI string); every service, no profile, no build when none. */
  last(file: string): RememberedUp {
    return this.store.get<RememberedUp>(key(file)) ?? NOTHING_CHOSEN;
  }

  /**
   * What Up runs on `file`: `given` as it is, or else what `ask` gets from the user, offered the
   * last choices, which are then remembered. Undefined when the user dismissed a question.
   */
  async choose(file: string, given: RememberedUp | undefined, ask: (last: RememberedUp) => Promise<RememberedUp | undefined>): Promise<RememberedUp | undefined> {
    if (given) return given;
    const chosen = await ask(this.last(file));
    if (chosen) await this.store.update(key(file), chosen);
    return chosen;
  }
}

function key(file: string): string {
  return `berth.compose:${file}`;
}
