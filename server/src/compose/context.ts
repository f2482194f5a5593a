import { isAlias, isMap, isPair, isScalar, type Document, type Node, type Scalar, type YAMLMap } from 'yaml';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position, Range } from 'vscode-languageserver-types';
import { EMPTY_COMPOSE_ENVIRONMENT, type ComposeEnvironment } from './environment';
import { readModel, type ComposeModel } from './model';
import { parseComposeYaml, type ParsedYaml } from './parse';
import { validateShapes, type ShapeReport } from './validate';
import { scanInterpolation, type Interpolation } from './interpolation';

/** One key of a mapping as Compose sees it: written there, or brought in by a merge key. */
export interface MapEntry {
  name: string;
  key: Scalar;
  /** The value with aliases resolved; null for `key:` with nothing after it. */
  value: Node | null;
  /** Came in through `<<:`, so its key is written in the merged mapping, not here. */
  merged: boolean;
}

/** Merges nest rarely; this depth stops a merge that (through aliases) includes itself. */
const MAX_MERGE_DEPTH = 16;

/**
 * A parsed Compose file as every rule and feature sees it. Parsed once per document version; the
 * derived views (the model of services and resources, the shape report, variable uses) are
 * computed on first use and shared, so rules can ask freely.
 */
export class ComposeContext {
  readonly document: TextDocument;
  readonly yaml: ParsedYaml;
  private modelCache?: ComposeModel;
  private shapeCache?: ShapeReport;
  private interpolationCache?: Interpolation;
  /** Each mapping's entries, merges applied, computed once: rules and the model ask for the same keys again and again. */
  private readonly entryCache = new WeakMap<YAMLMap, MapEntry[]>();

  /** `yaml` is the parse of `text` when it is already known (see reparse.ts). */
  constructor(
    readonly text: string,
    readonly uri = 'untitled:compose.yaml',
    readonly environment: ComposeEnvironment = EMPTY_COMPOSE_ENVIRONMENT,
    yaml?: ParsedYaml,
  ) {
    this.document = TextDocument.create(uri, 'dockercompose', 0, text);
    this.yaml = yaml ?? parseComposeYaml(text);
  }

  /** The same parse seen with what was read from disk: the parse and every derived view are shared. */
  withEnvironment(environment: ComposeEnvironment): ComposeContext {
    void this.model;
    return Object.assign(Object.create(ComposeContext.prototype) as ComposeContext, this, { environment });
  }

  get documents(): Document.Parsed[] {
    return this.yaml.documents;
  }

  get model(): ComposeModel {
    return (this.modelCache ??= readModel(this));
  }

  /** Keys, types and values checked against the Compose Specification. */
  get shapes(): ShapeReport {
    return (this.shapeCache ??= validateShapes(this));
  }

  /** Every `$VAR` and `${VAR…}` in the file's values (keys are not interpolated), and malformed `${`. */
  get interpolation(): Interpolation {
    if (!this.interpolationCache) {
      const found: Interpolation = { uses: [], problems: [] };
      for (const node of this.yaml.dollarValues) {
        if (!node.range) continue;
        // The source text, not the value: offsets then land on the characters written, quotes and all.
        const [start, end] = node.range;
        const { uses, problems } = scanInterpolation(this.text.slice(start, end), start);
        found.uses.push(...uses);
        found.problems.push(...problems);
      }
      this.interpolationCache = found;
    }
    return this.interpolationCache;
  }

  positionAt(offset: number): Position {
    return this.document.positionAt(offset);
  }

  offsetAt(position: Position): number {
    return this.document.offsetAt(position);
  }

  range(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }

  /** The range of a node's value (without a trailing comment). */
  nodeRange(node: Node): Range {
    const [start, end] = node.range ?? [0, 0];
    return this.range(start, end);
  }

  /** Follows an alias to what its anchor names; other nodes are themselves. Refused aliases give null. */
  resolve(node: unknown): Node | null {
    if (isAlias(node)) return this.yaml.resolveAlias(node) ?? null;
    return (node as Node | null | undefined) ?? null;
  }

  /** The mapping a node is (through an alias), or undefined. */
  mapping(node: unknown): YAMLMap | undefined {
    const resolved = this.resolve(node);
    return isMap(resolved) ? resolved : undefined;
  }

  /**
   * The keys of a mapping with its merge keys applied: its own keys first, then keys from the merged
   * mappings it does not set itself (an earlier merge source wins over a later one, as YAML says).
   */
  entries(map: YAMLMap, depth = 0): MapEntry[] {
    let entries = this.entryCache.get(map);
    if (!entries) {
      entries = this.readEntries(map, depth);
      this.entryCache.set(map, entries);
    }
    return entries;
  }

  private readEntries(map: YAMLMap, depth: number): MapEntry[] {
    const own: MapEntry[] = [];
    const mergeSources: Node[] = [];
    for (const item of map.items) {
      if (!isPair(item) || !isScalar(item.key)) continue;
      if (isMergeKey(item.key)) {
        const value = this.resolve(item.value);
        if (value && 'items' in value && !isMap(value)) for (const source of value.items) mergeSources.push(source as Node);
        else if (value) mergeSources.push(value);
        continue;
      }
      own.push({ name: scalarKey(item.key), key: item.key, value: this.resolve(item.value), merged: false });
    }
    if (mergeSources.length === 0 || depth >= MAX_MERGE_DEPTH) return own;
    const names = new Set(own.map((e) => e.name));
    const all = [...own];
    for (const source of mergeSources) {
      const merged = this.mapping(source);
      if (!merged) continue;
      for (const entry of this.entries(merged, depth + 1)) {
        if (names.has(entry.name)) continue;
        names.add(entry.name);
        all.push({ ...entry, merged: true });
      }
    }
    return all;
  }

  /** The entry for one key of a mapping (merges applied). */
  entry(map: YAMLMap | undefined, name: string): MapEntry | undefined {
    return map ? this.entries(map).find((e) => e.name === name) : undefined;
  }

  /** The top-level mappings of every document: a file may hold several, which Compose merges in order. */
  get roots(): YAMLMap[] {
    return this.documents.map((doc) => this.mapping(doc.contents)).filter((m): m is YAMLMap => m !== undefined);
  }
}

/** `<<` as a merge key (yaml marks it with a symbol when merge keys are on). */
export function isMergeKey(key: Scalar): boolean {
  return typeof key.value === 'symbol' || (key.value === '<<' && key.type === 'PLAIN');
}

/** A key as text: Compose reads `80:` or `true:` keys as the strings they are written as. */
export function scalarKey(key: Scalar): string {
  return typeof key.value === 'string' ? key.value : (key.source ?? String(key.value));
}

/** The text of a scalar value: strings as they are, numbers and booleans as written. */
export function scalarText(node: Node | null | undefined): string | undefined {
  if (!isScalar(node)) return undefined;
  if (typeof node.value === 'string') return node.value;
  if (node.value === null || node.value === undefined) return undefined;
  return node.source ?? String(node.value);
}
