import { Arg, Cmd, Entrypoint, Env, Healthcheck, Run, type Dockerfile, type Instruction } from 'dockerfile-ast';
import type { Position, Range } from 'vscode-languageserver-types';
import type { DockerfileContext, Stage } from '../context';
import { copyFromReferences, earlierStageNamed, hasVariable } from '../stages';
import { declarations, expandSite, expansionSites, forEachInstructionScope, globalScope, scopeAt, type Declaration, type VariableDefinition, type VariableScope } from '../variables';
import { variableReferences } from '../wordExpansion';
import { contains, flagsOf } from './positions';

/**
 * Every place the file names a build stage or a variable: declarations (`AS build`, `ARG VERSION`,
 * `ENV PATH=…`) and references (`FROM build`, `COPY --from=build`, `RUN --mount=from=build`,
 * `$VERSION` where the builder or the shell expands it), each tied to the symbol it means as
 * BuildKit resolves it. Definition, references, highlights, rename and semantic tokens all read
 * this one index, built once per parsed file.
 *
 * A variable is one symbol across the declarations that share a value: an `ARG NAME` without a
 * default takes the global `ARG NAME`'s value, so both, and every use of either, are one symbol.
 */

export type SymbolKind = 'stage' | 'variable';

/**
 * What a symbol is, which decides whether it can be renamed: a declared stage or variable, an
 * unnamed stage (referred to by index only), a variable the builder predefines, or a name the file
 * never declares (the base image's environment, a shell variable).
 */
export type SymbolOrigin = 'declared' | 'unnamed-stage' | 'predefined' | 'undeclared';

export interface Occurrence {
  /** Occurrences with the same symbol mean the same stage or variable. */
  symbol: string;
  kind: SymbolKind;
  origin: SymbolOrigin;
  name: string;
  /** The name as written. */
  range: Range;
  /** Where the cursor counts as on it: the name, with the `$` or `${` in front for a variable. */
  hitRange: Range;
  declaration: boolean;
  /** `COPY --from=0`: a stage named by its index, which a rename leaves as it is. */
  byIndex: boolean;
  /** Where what this occurrence means is declared, nearest first; empty for predefined and undeclared names. */
  targets: Range[];
}

export class OccurrenceIndex {
  private readonly bySymbol = new Map<string, Occurrence[]>();
  private readonly byLine = new Map<number, Occurrence[]>();

  constructor(readonly occurrences: Occurrence[]) {
    occurrences.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
    for (const occurrence of occurrences) {
      push(this.bySymbol, occurrence.symbol, occurrence);
      for (let line = occurrence.hitRange.start.line; line <= occurrence.hitRange.end.line; line++) push(this.byLine, line, occurrence);
    }
  }

  /** The occurrence under the cursor; a cursor just after a name counts as on it. */
  at(position: Position): Occurrence | undefined {
    return this.byLine.get(position.line)?.find((o) => contains(o.hitRange, position));
  }

  /** Every occurrence of a symbol, in document order. */
  of(symbol: string): Occurrence[] {
    return this.bySymbol.get(symbol) ?? [];
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** An index being built, a step at a time, for one parse: steps done stay done for the next request. */
interface IndexBuild {
  steps: Generator<void, OccurrenceIndex>;
  index?: OccurrenceIndex;
}

const builds = new WeakMap<Dockerfile, IndexBuild>();

function* indexSteps(file: DockerfileContext): Generator<void, OccurrenceIndex> {
  const stages = stageOccurrences(file);
  const variables = yield* new VariableOccurrences(file).collect();
  return new OccurrenceIndex([...stages, ...variables]);
}

/** Runs one step of the file's index build; a step that throws starts the build afresh next time. */
function advance(file: DockerfileContext): OccurrenceIndex | undefined {
  let build = builds.get(file.ast);
  if (!build) {
    build = { steps: indexSteps(file) };
    builds.set(file.ast, build);
  }
  if (build.index) return build.index;
  try {
    const step = build.steps.next();
    if (step.done) build.index = step.value;
    return build.index;
  } catch (error) {
    builds.delete(file.ast);
    throw error;
  }
}

/** The file's index, built once per parse (what an earlier, cancelled build did is kept). */
export function occurrenceIndex(file: DockerfileContext): OccurrenceIndex {
  for (;;) {
    const index = advance(file);
    if (index) return index;
  }
}

/**
 * Builds the file's index a stage at a time, calling `goOn` between steps: the server lets the
 * event loop read its messages there and answers whether the request is still wanted. Resolves
 * true once the index is ready, false as soon as `goOn` says stop; the steps done are kept.
 */
export async function prepareOccurrenceIndex(file: DockerfileContext, goOn: () => Promise<boolean>): Promise<boolean> {
  while (!advance(file)) {
    if (!(await goOn())) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// Stages

function stageSymbol(stage: Stage): string {
  return `stage:${stage.index}`;
}

function stageTarget(stage: Stage): Range {
  return stage.from.getBuildStageRange() ?? stage.from.getRange();
}

function stageReference(stage: Stage, range: Range, byIndex: boolean): Occurrence {
  return {
    symbol: stageSymbol(stage),
    kind: 'stage',
    origin: stage.name === undefined ? 'unnamed-stage' : 'declared',
    name: stage.name ?? String(stage.index),
    range,
    hitRange: range,
    declaration: false,
    byIndex,
    targets: [stageTarget(stage)],
  };
}

/** The stage a `--mount=from=` or `--from=` value names, as an instruction in `stage` sees it. */
function earlierStage(file: DockerfileContext, value: string, stage: Stage): { stage: Stage; byIndex: boolean } | undefined {
  if (hasVariable(value)) return undefined;
  if (/^\d+$/.test(value)) {
    const index = Number(value);
    return index < stage.index ? { stage: file.stages[index], byIndex: true } : undefined;
  }
  const named = earlierStageNamed(file, value, stage.index);
  return named ? { stage: named, byIndex: false } : undefined;
}

function stageOccurrences(file: DockerfileContext): Occurrence[] {
  const found: Occurrence[] = [];
  for (const stage of file.stages) {
    const nameRange = stage.from.getBuildStageRange();
    if (stage.name !== undefined && nameRange) {
      found.push({ ...stageReference(stage, nameRange, false), declaration: true, targets: [nameRange] });
    }
    const image = stage.from.getImage();
    const imageRange = stage.from.getImageRange();
    if (image && imageRange && !hasVariable(image)) {
      const parent = earlierStageNamed(file, image, stage.index);
      if (parent) found.push(stageReference(parent, imageRange, false));
    }
    for (const instruction of stage.instructions) {
      if (!(instruction instanceof Run)) continue;
      for (const flag of flagsOf(instruction)) {
        if (flag.getName() !== 'mount') continue;
        const from = flag.getOption('from');
        const value = from?.getValue();
        const range = from?.getValueRange();
        const source = value && range ? earlierStage(file, value, stage) : undefined;
        if (source && range) found.push(stageReference(source.stage, range, source.byIndex));
      }
    }
  }
  for (const reference of copyFromReferences(file)) {
    if (reference.source.kind === 'stage') found.push(stageReference(reference.source.stage, reference.range, /^\d+$/.test(reference.value)));
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// Variables

/** Interpreters a `RUN <<EOF program` heredoc may feed that are not POSIX shells: their `$` means something else. */
const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'ksh', 'mksh', 'busybox']);

interface VariableSymbol {
  symbol: string;
  origin: SymbolOrigin;
  targets: Range[];
}

class VariableOccurrences {
  private readonly found: Occurrence[] = [];
  private readonly symbols = new Map<VariableDefinition, VariableSymbol>();

  constructor(private readonly file: DockerfileContext) {}

  /** Collects the occurrences, pausing (yielding) after the global part and after each stage. */
  *collect(): Generator<void, Occurrence[]> {
    const file = this.file;
    for (const instruction of file.preludeInstructions) {
      if (!(instruction instanceof Arg)) continue;
      this.expansionReferences(instruction, scopeAt(file, instruction));
      this.declarationsOf(instruction, undefined);
    }
    for (const stage of file.stages) this.expansionReferences(stage.from, globalScope(file));
    for (const stage of file.stages) {
      yield;
      forEachInstructionScope(
        file,
        (instruction, scope) => {
          this.expansionReferences(instruction, scope);
          this.shellReferences(instruction, scope);
          if (instruction instanceof Arg || instruction instanceof Env) this.declarationsOf(instruction, stage.index);
        },
        [stage],
      );
    }
    return this.found;
  }

  /** The symbol a definition belongs to: an ARG without a default shares the global one's. */
  private symbolOf(definition: VariableDefinition): VariableSymbol {
    let symbol = this.symbols.get(definition);
    if (!symbol) {
      if (!definition.instruction || !definition.declaration) {
        symbol = { symbol: `predefined:${definition.name}`, origin: 'predefined', targets: [] };
      } else {
        const inherited = definition.kind === 'arg' ? this.globalValueSource(definition.instruction, definition.declaration, definition.stageIndex) : undefined;
        symbol = this.declaredSymbol(definition.declaration, inherited);
      }
      this.symbols.set(definition, symbol);
    }
    return symbol;
  }

  private declaredSymbol(declaration: Declaration, inherited: VariableSymbol | undefined): VariableSymbol {
    const own = [declaration.nameRange];
    if (inherited) return { ...inherited, targets: [...own, ...inherited.targets] };
    return { symbol: `variable:${this.file.document.offsetAt(declaration.nameRange.start)}`, origin: 'declared', targets: own };
  }

  /**
   * For an ARG without a default, the global variable it takes its value from: in a stage, the
   * global ARG (or predefined ARG) of that name; before the first FROM, an earlier one it repeats.
   */
  private globalValueSource(arg: Arg | Env, declaration: Declaration, stageIndex: number | undefined): VariableSymbol | undefined {
    if (declaration.valueRange !== null) return undefined;
    const global = stageIndex === undefined ? scopeAt(this.file, arg) : globalScope(this.file);
    const source = global.get(declaration.name)?.definition;
    return source ? this.symbolOf(source) : undefined;
  }

  private declarationsOf(instruction: Arg | Env, stageIndex: number | undefined): void {
    for (const declaration of declarations(this.file, instruction)) {
      const inherited = instruction instanceof Arg ? this.globalValueSource(instruction, declaration, stageIndex) : undefined;
      this.add(declaration.name, declaration.nameRange, declaration.nameRange, true, this.declaredSymbol(declaration, inherited));
    }
  }

  private add(name: string, range: Range, hitRange: Range, declaration: boolean, symbol: VariableSymbol): void {
    this.found.push({ symbol: symbol.symbol, kind: 'variable', origin: symbol.origin, name, range, hitRange, declaration, byIndex: false, targets: symbol.targets });
  }

  private reference(name: string, range: Range, nameRange: Range, definition: VariableDefinition | undefined): void {
    const symbol = definition ? this.symbolOf(definition) : { symbol: `undeclared:${name}`, origin: 'undeclared' as const, targets: [] };
    this.add(name, nameRange, { start: range.start, end: nameRange.end }, false, symbol);
  }

  /** Variables the builder expands in the instruction's words. */
  private expansionReferences(instruction: Instruction, scope: VariableScope): void {
    for (const site of expansionSites(this.file, instruction)) {
      for (const reference of expandSite(this.file, site, scope).references) {
        if (isVariableName(reference.name)) this.reference(reference.name, reference.range, reference.nameRange, scope.get(reference.name)?.definition);
      }
    }
  }

  /**
   * Variables the shell expands when a shell-form RUN runs (ARGs and ENVs are both in its
   * environment), or when a container runs a shell-form CMD, ENTRYPOINT or HEALTHCHECK (ENVs only).
   */
  private shellReferences(instruction: Instruction, scope: VariableScope): void {
    const file = this.file;
    const isRun = instruction instanceof Run;
    if (!isRun && !(instruction instanceof Cmd || instruction instanceof Entrypoint || instruction instanceof Healthcheck)) return;
    if (file.isExecForm(instruction)) return;
    const definitionOf = (name: string) => {
      const definition = scope.get(name)?.definition;
      return isRun || definition?.kind === 'env' ? definition : undefined;
    };
    const scan = (script: string, documentOffset: (offset: number) => number) => {
      for (const reference of variableReferences(blankCommentLines(script), { escapeChar: '\\' })) {
        if (!isVariableName(reference.name)) continue;
        const at = (offset: number) => file.document.positionAt(documentOffset(offset));
        this.reference(reference.name, { start: at(reference.start), end: at(reference.end) }, { start: at(reference.nameStart), end: at(reference.nameEnd) }, definitionOf(reference.name));
      }
    };
    const heredocs = isRun ? file.heredocs(instruction) : [];
    if (heredocs.length === 0) {
      const { script, documentOffset } = file.runScriptWithOffsets(instruction);
      scan(script, documentOffset);
      return;
    }
    if (!runsShellScript(file, instruction)) return;
    for (const heredoc of heredocs) {
      const content = heredoc.getContentRange();
      if (!content) continue;
      const start = file.document.offsetAt(content.start);
      scan(file.document.getText(content), (offset) => start + offset);
    }
  }
}

function isVariableName(name: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name);
}

/** Comment lines hold prose: an apostrophe there would read as an opening quote. Offsets are kept. */
function blankCommentLines(script: string): string {
  return script.replace(/^([ \t]*#[^\n]*)/gm, (comment) => ' '.repeat(comment.length));
}

/** Whether `RUN <<EOF [program]` feeds its heredocs to a shell (no program, or a shell). */
function runsShellScript(file: DockerfileContext, run: Instruction): boolean {
  const firstLine = file.lines[run.getRange().start.line] ?? '';
  const program = /<<-?["']?[A-Za-z0-9_]+["']?\s+(\S+)/.exec(firstLine)?.[1];
  return program === undefined || SHELLS.has(program.split('/').pop() ?? '');
}
