/**
 * A cache of what is derived from one node of a parse (an instruction, a shell command), for the
 * rules and features that ask about the same node again. Entries are weak, as in a WeakMap, but
 * V8 never shrinks a WeakMap's table once its keys die: after one 10,000-line Dockerfile, a
 * module-level WeakMap keyed by instructions holds megabytes of empty table for the rest of the
 * session. So every NodeCache can be emptied at once (releaseNodeCaches), which the language server
 * does when it goes idle after heavy work; the open documents' entries are derived again on use.
 */
export class NodeCache<Node extends object, Value> {
  private entries = new WeakMap<Node, Value>();

  constructor() {
    allCaches.add(this);
  }

  get(node: Node): Value | undefined {
    return this.entries.get(node);
  }

  set(node: Node, value: Value): this {
    this.entries.set(node, value);
    return this;
  }

  /** Drops every entry, and the table that held them. */
  clear(): void {
    this.entries = new WeakMap();
  }
}

// Node caches are module-level, made once: holding them here keeps nothing alive that would not live anyway.
const allCaches = new Set<NodeCache<object, unknown>>();

/** Empties every NodeCache (see above). */
export function releaseNodeCaches(): void {
  for (const cache of allCaches) cache.clear();
}
