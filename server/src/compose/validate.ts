import { isMap, isScalar, isSeq, type Node, type Scalar } from 'yaml';
import { closestWord } from '../dockerfile/builder/suggest';
import { COMPOSE_FILE, type ScalarShape, type ScalarType, type ValueFormat, type ValueShape } from '../docs/compose';
import type { ComposeContext } from './context';
import { changeTo } from './rule';
import { mayInterpolate } from './interpolation';
import type { RuleFinding } from '../lint/rule';

/**
 * Walks each document against the Compose Specification's shapes (docs/compose.ts): unknown keys,
 * values of the wrong kind, values outside their allowed set, missing required keys and deprecated
 * keys. Values holding `${VAR}` are only judged by what interpolation cannot change. Values with a
 * grammar of their own (durations, sizes, ports) are collected for the rules that read them.
 */

export type ShapeProblemKind = 'unknownKey' | 'type' | 'value' | 'required' | 'deprecated';

export interface ShapeProblem {
  kind: ShapeProblemKind;
  start: number;
  end: number;
  message: string;
  /** The likely intended text for the range (a key or value spelt right), for a quick fix. */
  replacement?: string;
}

/** A string whose grammar a format rule checks, with its dotted path for messages. */
export interface FormattedValue {
  format: ValueFormat;
  value: string;
  path: string;
  start: number;
  end: number;
}

/**
 * What a format rule reports: a finding on each collected value `problemOf` rejects (it returns the
 * problem, or undefined for a value that is fine or of another format), worded by `message`.
 */
export function formatFindings(
  file: ComposeContext,
  problemOf: (value: FormattedValue) => string | undefined,
  message = (value: FormattedValue, problem: string) => `\`${value.path}\` is \`${value.value}\`: ${problem}`,
): RuleFinding[] {
  const findings: RuleFinding[] = [];
  for (const value of file.shapes.formatted) {
    const problem = problemOf(value);
    if (problem) findings.push({ range: file.range(value.start, value.end), message: message(value, problem) });
  }
  return findings;
}

export interface ShapeReport {
  problems: ShapeProblem[];
  formatted: FormattedValue[];
}

export function validateShapes(file: ComposeContext): ShapeReport {
  const walker = new ShapeWalker(file);
  for (const doc of file.documents) {
    const root = file.resolve(doc.contents);
    // An empty document (or one holding only comments) is a valid, empty Compose file.
    if (root === null || (isScalar(root) && root.value === null)) continue;
    walker.walk(root, COMPOSE_FILE, undefined, undefined);
  }
  return walker.report;
}

/**
 * Where a value is, as a chain of steps up to the top: each child shares its parent's chain, so
 * walking thousands of values copies no arrays, and the dotted text is built only for a message.
 */
class KeyPath {
  constructor(
    readonly parent: KeyPath | undefined,
    /** A key, or `[index]` for a list item. */
    readonly step: string,
  ) {}

  get depth(): number {
    return (this.parent?.depth ?? 0) + 1;
  }

  /** As Compose prints it: `services.web.ports[0]`. */
  get dotted(): string {
    const above = this.parent?.dotted ?? '';
    return this.step.startsWith('[') || above === '' ? above + this.step : `${above}.${this.step}`;
  }
}

function dotted(path: KeyPath | undefined, step?: string): string {
  return (step === undefined ? path : new KeyPath(path, step))?.dotted ?? '';
}

/** A oneOf's options sorted by the kind of node each accepts, worked out once per shape (the spec is fixed). */
interface OneOfPlan {
  anyAllowed: boolean;
  map: ValueShape[];
  seq: ValueShape[];
  scalar: ScalarShape[];
  /** Every form allowed, for the message when none fits. */
  expected: string;
  /** Some form is a collection, so `key:` with nothing after it is fine. */
  allowsEmpty: boolean;
}

const oneOfPlans = new WeakMap<readonly ValueShape[], OneOfPlan>();

function oneOfPlan(options: readonly ValueShape[]): OneOfPlan {
  let plan = oneOfPlans.get(options);
  if (!plan) {
    const flat = options.flatMap((o) => (o.kind === 'oneOf' ? o.options : [o]));
    plan = {
      anyAllowed: flat.some((o) => o.kind === 'any'),
      map: flat.filter((o) => o.kind === 'object' || o.kind === 'dict'),
      seq: flat.filter((o) => o.kind === 'list'),
      scalar: flat.filter((o): o is ScalarShape => o.kind === 'scalar'),
      expected: [...new Set(flat.map(describeShape))].join(' or '),
      allowsEmpty: flat.some((o) => o.kind !== 'scalar'),
    };
    oneOfPlans.set(options, plan);
  }
  return plan;
}

class ShapeWalker {
  readonly report: ShapeReport = { problems: [], formatted: [] };
  /** Anchored nodes already checked against a shape: an anchor used by many services is checked once. */
  private readonly seen = new Map<Node, Set<ValueShape>>();
  /** Formatted values already collected (a value merged into several services is one value). */
  private readonly collected = new Set<number>();
  /** Problem places already reported: a key merged into several services is one mistake, in one place. */
  private readonly reported = new Set<string>();

  constructor(private readonly file: ComposeContext) {}

  /** `key` is the key the value is written under, where problems about a whole mapping or list point. */
  walk(node: Node | null, shape: ValueShape, path: KeyPath | undefined, key: Scalar | undefined): void {
    // Only anchored nodes can be reached twice (through aliases); the rest need no bookkeeping.
    if (node?.anchor) {
      const shapes = this.seen.get(node) ?? new Set();
      if (shapes.has(shape)) return;
      shapes.add(shape);
      this.seen.set(node, shapes);
    }
    // `!reset` removes what a merged file set: any value goes.
    if (node?.tag === '!reset') return;
    switch (shape.kind) {
      case 'any':
        return;
      case 'oneOf':
        return this.walkOneOf(node, shape.options, path, key);
      case 'scalar':
        return this.walkScalar(node, shape, path, key);
      case 'list': {
        if (isEmpty(node)) return;
        if (!isSeq(node)) return this.wrongKind(node, 'a list', path, key);
        node.items.forEach((item, index) => this.walk(this.file.resolve(item), shape.items, new KeyPath(path, `[${index}]`), undefined));
        return;
      }
      case 'dict':
      case 'object':
        if (isEmpty(node)) return;
        if (!isMap(node)) return this.wrongKind(node, 'a mapping', path, key);
        return shape.kind === 'dict' ? this.walkDict(node, shape, path) : this.walkObject(node, shape, path, key);
    }
  }

  private walkObject(node: Node, shape: Extract<ValueShape, { kind: 'object' }>, path: KeyPath | undefined, key: Scalar | undefined): void {
    const map = this.file.mapping(node)!;
    const entries = this.file.entries(map);
    for (const entry of entries) {
      if (entry.name.startsWith('x-')) continue;
      const doc = Object.hasOwn(shape.keys, entry.name) ? shape.keys[entry.name] : undefined;
      if (!doc) {
        const suggestion = closestWord(entry.name, Object.keys(shape.keys));
        const where = path ? ` in \`${path.dotted}\`` : ' at the top level';
        this.problem('unknownKey', entry.key, `Unknown key \`${entry.name}\`${where}${suggestion ? `; did you mean \`${suggestion}\`?` : ''}`, suggestion);
        continue;
      }
      if (doc.deprecated) this.problem('deprecated', entry.key, `\`${dotted(path, entry.name)}\` is deprecated: ${doc.deprecated}`);
      this.walk(entry.value, doc.shape, new KeyPath(path, entry.name), entry.key);
    }
    const missing = (shape.required ?? []).filter((required) => !entries.some((e) => e.name === required));
    if (missing.length > 0) this.problem('required', key ?? firstLine(this.file, node), `\`${dotted(path)}\` needs ${missing.map((m) => `\`${m}\``).join(' and ')}`);
  }

  private walkDict(node: Node, shape: Extract<ValueShape, { kind: 'dict' }>, path: KeyPath | undefined): void {
    for (const entry of this.file.entries(this.file.mapping(node)!)) {
      if (shape.keyPattern && !shape.keyPattern.test(entry.name) && !entry.name.startsWith('x-')) {
        this.problem('value', entry.key, `\`${entry.name}\` is not a valid name under \`${dotted(path)}\`: use ${shape.keyHint ?? 'another name'}`);
      }
      // Extensions may sit beside named entries at the top level (x-common next to services).
      if (entry.name.startsWith('x-') && path?.depth === 1) continue;
      this.walk(entry.value, shape.values, new KeyPath(path, entry.name), entry.key);
    }
  }

  private walkOneOf(node: Node | null, options: readonly ValueShape[], path: KeyPath | undefined, key: Scalar | undefined): void {
    const plan = oneOfPlan(options);
    if (plan.anyAllowed) return;
    const fitting = isMap(node) ? plan.map : isSeq(node) ? plan.seq : plan.scalar;
    if (fitting.length === 0) {
      // A collection where collections are allowed but empty (`key:`) is fine; otherwise name every form allowed.
      if (isEmpty(node) && plan.allowsEmpty) return;
      return this.wrongKind(node, plan.expected, path, key);
    }
    if (fitting.length === 1 || fitting !== plan.scalar) return this.walk(node, fitting[0], path, key);
    // Several scalar forms (`all` or a list; a string or a number from 0 to 100): the first that accepts the value.
    const scalars = plan.scalar;
    const accepting = scalars.find((s) => scalarProblem(node, s) === undefined);
    this.walk(node, accepting ?? scalars.find((s) => acceptsType(s, scalarType(node))) ?? scalars[0], path, key);
  }

  private walkScalar(node: Node | null, shape: ScalarShape, path: KeyPath | undefined, key: Scalar | undefined): void {
    if (node && !isScalar(node)) return this.wrongKind(node, describeShape(shape), path, key);
    const problem = scalarProblem(node, shape);
    const at = node ?? key;
    if (problem && at) {
      const name = `\`${dotted(path)}\``;
      if (problem.kind === 'type') this.problem('type', at, `${name} must be ${describeShape(shape)}, not ${describeScalar(node)}`);
      else this.problem('value', at, `${name} ${problem.message}`, problem.replacement);
      return;
    }
    const text = isScalar(node) && typeof node.value === 'string' ? node.value : undefined;
    if (shape.format && text !== undefined && !mayInterpolate(text) && node?.range && !this.collected.has(node.range[0])) {
      this.collected.add(node.range[0]);
      // The dotted path is for a message, which few values need: built when read.
      this.report.formatted.push({ format: shape.format, value: text, start: node.range[0], end: node.range[1], get path() { return dotted(path); } });
    }
  }

  private wrongKind(node: Node | null, expected: string, path: KeyPath | undefined, key: Scalar | undefined): void {
    const at = isScalar(node) ? node : (key ?? (node ? firstLine(this.file, node) : undefined));
    if (at) this.problem('type', at, `\`${dotted(path) || 'The Compose file'}\` must be ${expected}, not ${describeNode(node)}`);
  }

  private problem(kind: ShapeProblemKind, at: Node | { range: [number, number, number] }, message: string, replacement?: string): void {
    const [start, end] = at.range ?? [0, 0];
    const place = `${kind}:${start}:${end}`;
    if (this.reported.has(place)) return;
    this.reported.add(place);
    this.report.problems.push({ kind, start, end, message, replacement });
  }
}

/** `key:` with nothing after it, or `~`/`null`: read as an empty collection where one is expected. */
function isEmpty(node: Node | null): boolean {
  return node === null || (isScalar(node) && node.value === null);
}

function scalarType(node: Node | null): ScalarType {
  const value = isScalar(node) ? node.value : null;
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return 'string';
}

function acceptsType(shape: ScalarShape, type: ScalarType): boolean {
  return shape.types.includes(type) || (type === 'integer' && shape.types.includes('number'));
}

/** What is wrong with a scalar for its shape: its type, or its value; undefined when it is fine. */
function scalarProblem(node: Node | null, shape: ScalarShape): { kind: 'type' } | { kind: 'value'; message: string; replacement?: string } | undefined {
  const type = scalarType(node);
  const value = isScalar(node) ? node.value : null;
  // `${VAR}` may become any type and any value; only Compose knows which.
  if (typeof value === 'string' && mayInterpolate(value)) return undefined;
  if (!acceptsType(shape, type)) return { kind: 'type' };
  if (typeof value === 'string' && shape.values && !shape.values.includes(value)) {
    const suggestion = closestWord(value, shape.values);
    return {
      kind: 'value',
      message: `is \`${value}\`, which is not one of ${shape.values.map((v) => `\`${v}\``).join(', ')}${suggestion ? `; did you mean \`${suggestion}\`?` : ''}`,
      replacement: suggestion,
    };
  }
  if (typeof value === 'string' && shape.pattern && !shape.pattern.regex.test(value)) return { kind: 'value', message: `is \`${value}\`; expected ${shape.pattern.expects}` };
  if (typeof value === 'number') {
    if (shape.minimum !== undefined && value < shape.minimum) return { kind: 'value', message: `is ${value}, below the minimum of ${shape.minimum}` };
    if (shape.maximum !== undefined && value > shape.maximum) return { kind: 'value', message: `is ${value}, above the maximum of ${shape.maximum}` };
  }
  return undefined;
}

const TYPE_WORDS: Record<ScalarType, string> = { string: 'a string', number: 'a number', integer: 'a whole number', boolean: 'true or false', null: 'empty' };

export function describeShape(shape: ValueShape): string {
  switch (shape.kind) {
    case 'scalar': {
      if (shape.values) return `one of ${shape.values.map((v) => `\`${v}\``).join(', ')}`;
      const words = shape.types.filter((t) => !(t === 'integer' && shape.types.includes('number'))).map((t) => TYPE_WORDS[t]);
      return [...new Set(words)].join(' or ');
    }
    case 'list':
      return 'a list';
    case 'object':
    case 'dict':
      return 'a mapping';
    case 'oneOf':
      return [...new Set(shape.options.map(describeShape))].join(' or ');
    case 'any':
      return 'anything';
  }
}

function describeScalar(node: Node | null): string {
  const type = scalarType(node);
  return type === 'null' ? 'empty' : type === 'integer' ? 'a number' : TYPE_WORDS[type];
}

function describeNode(node: Node | null): string {
  if (isMap(node)) return 'a mapping';
  if (isSeq(node)) return 'a list';
  return describeScalar(node);
}

/** The first line of a collection, to point at when it has no key (a list item that should be a string). */
function firstLine(file: ComposeContext, node: Node): { range: [number, number, number] } {
  const start = node.range?.[0] ?? 0;
  const newline = file.text.indexOf('\n', start);
  const end = newline < 0 ? file.text.length : newline;
  return { range: [start, Math.max(start + 1, end), end] };
}

/** The findings of one kind of shape problem, with a fix when the intended spelling is clear. */
export function shapeFindings(file: ComposeContext, kind: ShapeProblemKind): RuleFinding[] {
  return file.shapes.problems
    .filter((p) => p.kind === kind)
    .map((p) => {
      const range = file.range(p.start, p.end);
      return { range, message: p.message, fix: changeTo(range, p.replacement) };
    });
}
