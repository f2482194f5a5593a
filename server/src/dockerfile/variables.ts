/**
 * Which ARG and ENV variables an instruction sees, and what they expand to, following BuildKit:
 *
 * - FROM lines see the global scope: the platform ARGs BuildKit predefines and the ARGs declared
 *   before the first FROM.
 * - A stage starts empty (its base image's ENV aside) or, when FROM names an earlier stage, with
 *   everything that stage ended with. An `ARG NAME` without a default takes the global value.
 * - An instruction's words are expanded with the scope before it: `ENV A=1 B=$A` reads the old A,
 *   while each name of a multi-name ARG is visible to the next.
 *
 * Rules, completion and hover share this view; it is computed once per parsed file.
 */
import { Arg, Env, type Dockerfile, type Instruction } from 'dockerfile-ast';
import { editDistance } from './builder/suggest';
import type { Range } from 'vscode-languageserver-types';
import type { RuleFix } from '../lint/rule';
import type { DockerfileContext, Stage } from './context';
import { declarations, expansionSites, type Declaration, type ExpansionSite } from './instructionParts';
import { earlierStageNamed } from './stages';

// Features that ask about variables also ask where they are declared and expanded; one import serves both.
export { declarations, expansionSites, type Declaration, type ExpansionSite } from './instructionParts';
import { expandWord, type ValueLookup, type VariableReference } from './wordExpansion';

export type VariableKind = 'predefined' | 'arg' | 'env';

export interface VariableDefinition {
  name: string;
  kind: VariableKind;
  /** The ARG or ENV that declares it; undefined for a predefined variable. */
  instruction?: Arg | Env;
  declaration?: Declaration;
  /** The stage that declares it; undefined for global ARGs and predefined variables. */
  stageIndex?: number;
}

/** A variable visible at some point of the file and what `$NAME` expands to there. */
export interface ScopedVariable {
  definition: VariableDefinition;
  /**
   * The value when the file tells it; null when it is set from outside the file (a build argument,
   * the base image); undefined for an ARG declared without a default, which expands to nothing
   * unless the build passes a value.
   */
  value: string | null | undefined;
}

export interface VariableScope {
  get(name: string): ScopedVariable | undefined;
  /** Every variable visible here, predefined ones included. */
  variables(): ScopedVariable[];
  /** True when the stage starts from an image outside this file, whose own ENV Berth cannot see. */
  readonly imageEnvironmentUnknown: boolean;
  /** What a name expands to here, for expandWord. */
  readonly lookup: ValueLookup;
}

/**
 * The platform ARGs BuildKit sets in the global scope, with the values a linux/amd64 builder gives
 * them. A stage sees them only after redeclaring them (`ARG TARGETARCH`).
 */
export const PLATFORM_ARGS: Readonly<Record<string, string | null>> = {
  BUILDPLATFORM: 'linux/amd64',
  BUILDOS: 'linux',
  BUILDARCH: 'amd64',
  BUILDVARIANT: '',
  TARGETPLATFORM: 'linux/amd64',
  TARGETOS: 'linux',
  TARGETARCH: 'amd64',
  TARGETVARIANT: '',
  TARGETSTAGE: null,
};

/** The proxy ARGs Docker documents as usable without an ARG instruction; set only when the build passes them. */
export const PROXY_ARGS: readonly string[] = ['HTTP_PROXY', 'http_proxy', 'HTTPS_PROXY', 'https_proxy', 'FTP_PROXY', 'ftp_proxy', 'NO_PROXY', 'no_proxy', 'ALL_PROXY', 'all_proxy'];

/** BuildKit's own build arguments that it never puts in the environment and never reports. */
const BUILDKIT_ONLY_ARGS = ['BUILDKIT_SBOM_SCAN_CONTEXT', 'BUILDKIT_SBOM_SCAN_STAGE'];

/** The PATH BuildKit sets when the base image has none (always the case for `scratch`). */
const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

class MutableScope implements VariableScope {
  constructor(
    private readonly map: Map<string, ScopedVariable>,
    readonly imageEnvironmentUnknown: boolean,
  ) {}

  get(name: string): ScopedVariable | undefined {
    return this.map.get(name);
  }

  variables(): ScopedVariable[] {
    return [...this.map.values()];
  }

  readonly lookup: ValueLookup = (name) => {
    const variable = this.map.get(name);
    if (variable) return variable.value;
    // A name the file never declares may still come from the base image.
    return this.imageEnvironmentUnknown ? null : undefined;
  };

  set(variable: ScopedVariable): void {
    this.map.set(variable.definition.name, variable);
  }

  clone(): MutableScope {
    return new MutableScope(new Map(this.map), this.imageEnvironmentUnknown);
  }
}

function predefined(name: string, value: string | null): ScopedVariable {
  return { definition: { name, kind: 'predefined' }, value };
}

/** A variable used in the document, with where its `$…` and its name are. */
export interface DocumentReference {
  readonly name: string;
  readonly range: Range;
  readonly nameRange: Range;
}

export interface DocumentExpansion {
  value: string | null;
  references: DocumentReference[];
}

class VariableAnalysis {
  readonly global: MutableScope;
  /** The global scope as each ARG before the first FROM sees it. */
  private readonly beforeGlobalArg = new Map<Instruction, MutableScope>();
  private readonly stageEnds = new Map<number, MutableScope>();
  private readonly parents = new Map<number, Stage | undefined>();

  constructor(private readonly file: DockerfileContext) {
    this.global = new MutableScope(new Map(), false);
    for (const [name, value] of Object.entries(PLATFORM_ARGS)) this.global.set(predefined(name, value));
    for (const name of PROXY_ARGS) this.global.set(predefined(name, null));
    for (const instruction of file.preludeInstructions) {
      if (!(instruction instanceof Arg)) continue;
      this.beforeGlobalArg.set(instruction, this.global.clone());
      this.declareGlobal(instruction);
    }
  }

  /** Global ARGs: a default is expanded with the ARGs above it; no default keeps a predefined value. */
  private declareGlobal(arg: Arg): void {
    for (const declaration of declarations(this.file, arg)) {
      const { name, valueRange } = declaration;
      if (!valueRange && this.global.get(name)) continue;
      const value = valueRange ? expandRangeIn(this.file, valueRange, this.global).value : undefined;
      this.global.set({ definition: { name, kind: 'arg', instruction: arg, declaration }, value });
    }
  }

  globalScopeBefore(arg: Instruction): VariableScope | undefined {
    return this.beforeGlobalArg.get(arg);
  }

  /** The earlier stage a FROM names once its ARGs are expanded (`FROM ${BASE}`), whose variables the stage inherits. */
  private parent(stage: Stage): Stage | undefined {
    if (!this.parents.has(stage.index)) {
      const image = this.baseName(stage);
      this.parents.set(stage.index, image ? earlierStageNamed(this.file, image, stage.index) : undefined);
    }
    return this.parents.get(stage.index);
  }

  /** What the FROM's image expands to with the global ARGs. */
  baseName(stage: Stage): string | null {
    const range = stage.from.getImageRange();
    if (!range) return null;
    return expandRangeIn(this.file, range, this.global).value;
  }

  private stageStart(stage: Stage): MutableScope {
    const parent = this.parent(stage);
    if (parent) return this.stageEnd(parent).clone();
    const fromScratch = this.baseName(stage) === 'scratch';
    const scope = new MutableScope(new Map(), !fromScratch);
    scope.set(predefined('PATH', fromScratch ? DEFAULT_PATH : null));
    for (const name of [...PROXY_ARGS, ...BUILDKIT_ONLY_ARGS]) scope.set(predefined(name, null));
    return scope;
  }

  private stageEnd(stage: Stage): MutableScope {
    let end = this.stageEnds.get(stage.index);
    if (!end) {
      this.walk(stage, () => undefined);
      end = this.stageEnds.get(stage.index) as MutableScope;
    }
    return end;
  }

  /** Visits the stage's instructions after FROM, each with the scope its words are expanded in. */
  walk(stage: Stage, visit: (instruction: Instruction, scope: VariableScope) => void): void {
    const scope = this.stageStart(stage);
    const { instructions } = stage;
    for (let i = 1; i < instructions.length; i++) {
      visit(instructions[i], scope);
      this.apply(instructions[i], scope, stage.index);
    }
    this.stageEnds.set(stage.index, scope);
  }

  private apply(instruction: Instruction, scope: MutableScope, stageIndex: number): void {
    if (instruction instanceof Arg) {
      for (const declaration of declarations(this.file, instruction)) {
        const { name, valueRange } = declaration;
        // Without a default, a stage ARG takes the global value (the platform ARGs included).
        const value = valueRange ? expandRangeIn(this.file, valueRange, scope).value : this.global.get(name)?.value;
        scope.set({ definition: { name, kind: 'arg', instruction, declaration, stageIndex }, value });
      }
    } else if (instruction instanceof Env) {
      // Every value of one ENV is expanded before any of its names is set.
      const assigned: { declaration: Declaration; value: string | null }[] = [];
      for (const declaration of declarations(this.file, instruction)) {
        if (declaration.valueRange) assigned.push({ declaration, value: expandRangeIn(this.file, declaration.valueRange, scope).value });
      }
      for (const { declaration, value } of assigned) {
        scope.set({ definition: { name: declaration.name, kind: 'env', instruction, declaration, stageIndex }, value });
      }
    }
  }
}

const analyses = new WeakMap<Dockerfile, VariableAnalysis>();

function analysis(file: DockerfileContext): VariableAnalysis {
  let result = analyses.get(file.ast);
  if (!result) {
    result = new VariableAnalysis(file);
    analyses.set(file.ast, result);
  }
  return result;
}

/** Expands the text of a document range with a scope. */
export function expandRangeIn(file: DockerfileContext, range: Range, scope: VariableScope): DocumentExpansion {
  return expandSite(file, { start: file.document.offsetAt(range.start), end: file.document.offsetAt(range.end), raw: false }, scope);
}

/** dockerfile-ast reads the escape directive again on every call. */
const escapeCharacters = new WeakMap<Dockerfile, string>();

function escapeCharacter(file: DockerfileContext): string {
  let escape = escapeCharacters.get(file.ast);
  if (escape === undefined) {
    escape = file.escapeCharacter;
    escapeCharacters.set(file.ast, escape);
  }
  return escape;
}

/** A reference found at an offset; its ranges are worked out only when asked for, as most are never reported. */
class PlacedReference implements DocumentReference {
  constructor(
    private readonly file: DockerfileContext,
    private readonly offset: number,
    private readonly found: VariableReference,
  ) {}

  get name(): string {
    return this.found.name;
  }

  get range(): Range {
    return this.place(this.found.start, this.found.end);
  }

  get nameRange(): Range {
    return this.place(this.found.nameStart, this.found.nameEnd);
  }

  private place(start: number, end: number): Range {
    return { start: this.file.document.positionAt(this.offset + start), end: this.file.document.positionAt(this.offset + end) };
  }
}

/** Expands one site with a scope; references come back with document ranges. */
export function expandSite(file: DockerfileContext, site: ExpansionSite, scope: VariableScope): DocumentExpansion {
  const expansion = expandWord(file.text.slice(site.start, site.end), scope.lookup, { escapeChar: escapeCharacter(file), raw: site.raw });
  return { value: expansion.value, references: expansion.references.map((r) => new PlacedReference(file, site.start, r)) };
}

/** What FROM lines see: the predefined platform and proxy ARGs and the ARGs before the first FROM. */
export function globalScope(file: DockerfileContext): VariableScope {
  return analysis(file).global;
}

/**
 * Walks every stage in order, calling `visit` with each instruction after FROM and the scope its
 * words are expanded in. The scope object changes as the walk goes on: read it during the call.
 * `stages` walks only those (a stage's scope is worked out from the ones before it either way).
 */
export function forEachInstructionScope(file: DockerfileContext, visit: (instruction: Instruction, scope: VariableScope, stage: Stage) => void, stages: readonly Stage[] = file.stages): void {
  const variables = analysis(file);
  for (const stage of stages) variables.walk(stage, (instruction, scope) => visit(instruction, scope, stage));
}

/** The variables an instruction's words are expanded with (for FROM and global ARGs, the global scope). */
export function scopeAt(file: DockerfileContext, target: Instruction): VariableScope {
  const stage = file.stages.find((s) => s.instructions.includes(target));
  if (!stage) return analysis(file).globalScopeBefore(target) ?? globalScope(file);
  if (stage.from === target) return globalScope(file);
  let found: VariableScope = globalScope(file);
  analysis(file).walk(stage, (instruction, scope) => {
    if (instruction === target) found = (scope as MutableScope).clone();
  });
  return found;
}

/** Every variable an instruction uses, where BuildKit expands it. */
export function referencesIn(file: DockerfileContext, instruction: Instruction): DocumentReference[] {
  const scope = scopeAt(file, instruction);
  return expansionSites(file, instruction).flatMap((site) => expandSite(file, site, scope).references);
}

/** Every name an ARG or ENV in the file declares, wherever it is. */
export function declaredNames(file: DockerfileContext): Set<string> {
  const names = new Set<string>();
  for (const instruction of file.instructions) {
    if (instruction instanceof Arg || instruction instanceof Env) for (const { name } of declarations(file, instruction)) names.add(name);
  }
  return names;
}

/** The quick fix for a mistyped variable: use the suggested name. */
export function renameFix(reference: DocumentReference, suggestion: string | undefined): RuleFix | undefined {
  return suggestion ? { title: `Use ${suggestion}`, edits: [{ range: reference.nameRange, newText: suggestion }] } : undefined;
}

/**
 * The candidate to suggest for a mistyped name, as BuildKit picks it: the first one at the smallest
 * edit distance below three. None when the name itself is a candidate.
 */
export function closestName(name: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of candidates) {
    if (candidate === name) return undefined;
    // Past distance one only the name itself comes closer; the distance is at least the difference in length.
    if (bestDistance === 1 || Math.abs(candidate.length - name.length) >= bestDistance) continue;
    const distance = editDistance(name, candidate, bestDistance);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
