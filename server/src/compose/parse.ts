import { isAlias, isMap, isPair, isScalar, isSeq, parseAllDocuments, YAMLMap, YAMLSeq, type Alias, type Document, type Node, type Scalar, type ScalarTag, type CollectionTag } from 'yaml';

/**
 * A Compose file read with `yaml`'s Document API: every node keeps its source offsets, so findings,
 * hovers and renames land on the exact characters. Anchors, aliases, merge keys (`<<:`) and several
 * documents in one file are kept as written; Compose's `!reset` and `!override` tags are known tags.
 */

/** A YAML error or warning, by offsets into the text. */
export interface YamlProblem {
  severity: 'error' | 'warning';
  /** yaml's error code, such as `DUPLICATE_KEY` or `TAB_AS_INDENT`. */
  code: string;
  message: string;
  start: number;
  end: number;
}

export interface ParsedYaml {
  documents: Document.Parsed[];
  problems: YamlProblem[];
  /**
   * False when the aliases would expand the file past a sane size (an "alias bomb"): aliases are then
   * left unresolved everywhere, so no later step multiplies the work.
   */
  aliasesResolved: boolean;
  /** Resolves an alias to the node its anchor names, as YAML does: the nearest anchor of that name before it. */
  resolveAlias(alias: Alias): Node | undefined;
  /** The string values (not keys) holding a `$`, which interpolation may change. */
  dollarValues: Scalar[];
  /** Some node has an anchor or is an alias: a block of the file may then depend on another. */
  anchored: boolean;
}

/** Compose's tags for overriding merged files: they may mark a scalar, a mapping or a sequence. */
const COMPOSE_TAGS: (ScalarTag | CollectionTag)[] = ['!reset', '!override'].flatMap((tag) => [
  { tag, resolve: (value: string) => value } satisfies ScalarTag,
  { tag, collection: 'map', nodeClass: YAMLMap } satisfies CollectionTag,
  { tag, collection: 'seq', nodeClass: YAMLSeq } satisfies CollectionTag,
]);

/** A file that is not YAML at all yields an error per line; the first ones say enough. */
const MAX_PROBLEMS = 50;

/**
 * The expanded size (nodes, with every alias replaced by what it names) past which aliases are
 * refused: generous for real files, where merge keys repeat a few small blocks, and far below what
 * a billion-laughs file reaches.
 */
function aliasBudget(ownNodes: number): number {
  return 10_000 + 50 * ownNodes;
}

/** The options every Compose parse uses, whole file or one block of it. */
const PARSE_OPTIONS = { merge: true, customTags: COMPOSE_TAGS, prettyErrors: false, uniqueKeys: false } as const;

/** yaml's documents for a text: the whole Compose file, or (see reparse.ts) one block of it. */
export function parseDocuments(text: string): Document.Parsed[] {
  const documents = parseAllDocuments(text, PARSE_OPTIONS);
  return Array.isArray(documents) ? documents : [];
}

export function parseComposeYaml(text: string): ParsedYaml {
  return readDocuments(parseDocuments(text));
}

/** The parse of a file from its documents: yaml's problems, then one scan of the nodes for ours. */
export function readDocuments(docs: Document.Parsed[]): ParsedYaml {
  const problems: YamlProblem[] = [];
  let tooDeepReported = false;
  for (const doc of docs) {
    for (const [severity, list] of [['error', doc.errors], ['warning', doc.warnings]] as const) {
      for (const problem of list) {
        const [start, end] = problem.pos;
        let message = problem.message.split('\n')[0];
        // yaml runs out of stack on absurd nesting and says so at every level: once is enough.
        if (message.includes('call stack')) {
          if (tooDeepReported) continue;
          tooDeepReported = true;
          message = 'Nested too deeply to read';
        }
        if (problems.length < MAX_PROBLEMS) problems.push({ severity, code: problem.code, message, start, end: Math.max(end, start + 1) });
      }
    }
  }

  const scan = scanNodes(docs, problems);
  const resolveAlias = (alias: Alias): Node | undefined => {
    const candidates = scan.anchors.get(alias.source);
    const at = alias.range?.[0] ?? 0;
    let found: Node | undefined;
    for (const candidate of candidates ?? []) if ((candidate.range?.[0] ?? 0) < at) found = candidate;
    return found;
  };
  const aliasesResolved = !scan.firstAlias || withinAliasBudget(docs, resolveAlias, scan.nodeCount);
  if (!aliasesResolved) {
    const first = scan.firstAlias;
    problems.push({
      severity: 'error',
      code: 'ALIAS_BUDGET',
      message: 'Aliases expand this file far beyond its size (an alias bomb?); they are not followed',
      start: first?.range?.[0] ?? 0,
      end: first?.range?.[1] ?? 1,
    });
  }
  return {
    documents: docs,
    problems,
    aliasesResolved,
    resolveAlias: aliasesResolved ? resolveAlias : () => undefined,
    dollarValues: scan.dollarValues,
    anchored: scan.anchors.size > 0 || scan.firstAlias !== undefined,
  };
}

interface NodeScan {
  nodeCount: number;
  anchors: Map<string, Node[]>;
  firstAlias?: Alias;
  dollarValues: Scalar[];
}

/**
 * One pass over every node (an explicit stack, so a deeply nested file cannot exhaust the call stack)
 * that counts nodes, indexes anchors, finds the first alias and the values holding `$`, and reports
 * keys written twice in one mapping. yaml's own duplicate check compares each key with every earlier
 * one, which takes seconds on a mapping of thousands of services; a set per mapping does it at once.
 */
function scanNodes(docs: Document.Parsed[], problems: YamlProblem[]): NodeScan {
  const scan: NodeScan = { nodeCount: 0, anchors: new Map(), dollarValues: [] };
  const stack: unknown[] = docs.map((doc) => doc.contents);
  while (stack.length > 0) {
    const node = stack.pop();
    if (isScalar(node)) {
      scan.nodeCount++;
      if (typeof node.value === 'string' && node.value.includes('$')) scan.dollarValues.push(node);
    } else if (isAlias(node)) {
      scan.nodeCount++;
      if (!scan.firstAlias || (node.range?.[0] ?? 0) < (scan.firstAlias.range?.[0] ?? 0)) scan.firstAlias = node;
      continue;
    } else if (isMap(node)) {
      scan.nodeCount++;
      const keys = new Set<string>();
      for (const item of node.items) {
        const key = item.key;
        if (isScalar(key) && key.range && typeof key.value !== 'symbol') {
          scan.nodeCount++;
          if (key.anchor) addAnchor(scan.anchors, key);
          const name = typeof key.value === 'string' ? key.value : (key.source ?? String(key.value));
          if (keys.has(name) && problems.length < MAX_PROBLEMS) problems.push({ severity: 'error', code: 'DUPLICATE_KEY', message: `The key \`${name}\` is already defined in this mapping`, start: key.range[0], end: key.range[1] });
          keys.add(name);
        } else if (key) stack.push(key);
        if (item.value) stack.push(item.value);
      }
    } else if (isSeq(node)) {
      scan.nodeCount++;
      for (let i = node.items.length - 1; i >= 0; i--) stack.push(node.items[i]);
    } else continue;
    if ((node as Node).anchor) addAnchor(scan.anchors, node as Node);
  }
  // Anchors in text order, so resolveAlias finds the nearest one before an alias.
  for (const list of scan.anchors.values()) list.sort((a, b) => (a.range?.[0] ?? 0) - (b.range?.[0] ?? 0));
  return scan;
}

function addAnchor(anchors: Map<string, Node[]>, node: Node): void {
  const named = anchors.get(node.anchor!);
  if (named) named.push(node);
  else anchors.set(node.anchor!, [node]);
}

/**
 * Counts the nodes the file would have with its aliases expanded, stopping as soon as the budget
 * is passed. Each node's expanded size is computed once, so the count is linear in the file.
 */
function withinAliasBudget(docs: Document.Parsed[], resolve: (alias: Alias) => Node | undefined, ownNodes: number): boolean {
  const budget = aliasBudget(ownNodes);
  const sizes = new Map<Node, number>();
  // Post-order over an explicit stack; an alias counts as the size of what it names.
  const sizeOf = (root: Node): number => {
    const stack: { node: Node; expanded: boolean }[] = [{ node: root, expanded: false }];
    const inProgress = new Set<Node>();
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      if (sizes.has(top.node)) {
        stack.pop();
        continue;
      }
      const children = childrenOf(top.node, resolve);
      if (!top.expanded) {
        top.expanded = true;
        inProgress.add(top.node);
        for (const child of children) {
          // An alias inside the node it names would expand forever: count it as over budget.
          if (inProgress.has(child)) return budget + 1;
          if (!sizes.has(child)) stack.push({ node: child, expanded: false });
        }
        continue;
      }
      let size = isAlias(top.node) ? 0 : 1;
      for (const child of children) size += sizes.get(child) ?? 0;
      sizes.set(top.node, Math.min(size, budget + 1));
      inProgress.delete(top.node);
      stack.pop();
    }
    return sizes.get(root) ?? 0;
  };
  let total = 0;
  for (const doc of docs) {
    if (doc.contents) total += sizeOf(doc.contents);
    if (total > budget) return false;
  }
  return true;
}

function childrenOf(node: Node, resolve: (alias: Alias) => Node | undefined): Node[] {
  if (isAlias(node)) {
    const target = resolve(node);
    return target ? [target] : [];
  }
  if (!isMap(node) && !isSeq(node)) return [];
  const children: Node[] = [];
  for (const item of node.items) {
    if (isPair(item)) {
      if (item.key) children.push(item.key as Node);
      if (item.value) children.push(item.value as Node);
    } else if (item) children.push(item as Node);
  }
  return children;
}
