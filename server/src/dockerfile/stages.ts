import { Copy, type Flag, type Instruction } from 'dockerfile-ast';
import type { Range } from 'vscode-languageserver-types';
import type { DockerfileContext, Stage } from './context';

/**
 * Questions about build stages that several rules ask: which earlier stage a name or index points
 * at, which stage a FROM builds on, and which instructions a stage repeats. Names are compared the
 * way BuildKit compares them (case-insensitively), since BuildKit is what resolves them at build time.
 */

/** What BuildKit accepts as a stage name once it has lower-cased it. */
export const STAGE_NAME_PATTERN = /^[a-z][a-z0-9-_.]*$/;

/** Names BuildKit gives its own meaning in FROM and --from: the empty image and the build context. */
export const RESERVED_STAGE_NAMES: ReadonlySet<string> = new Set(['scratch', 'context']);

/** BuildKit lower-cases stage names before comparing them, so `AS Build` and `--from=build` meet. */
export function stageNameKey(name: string): string {
  return name.toLowerCase();
}

export function sameStageName(a: string, b: string): boolean {
  return stageNameKey(a) === stageNameKey(b);
}

/**
 * A view computed once per parse: keyed on the file's stage list, which every settings view of one
 * parse shares (see DockerfileContext.withEnvironment), so rules asking the same question share the answer.
 */
function oncePerParse<T>(compute: (file: DockerfileContext) => T): (file: DockerfileContext) => T {
  const cache = new WeakMap<Stage[], T>();
  return (file) => {
    let value = cache.get(file.stages);
    if (value === undefined) {
      value = compute(file);
      cache.set(file.stages, value);
    }
    return value;
  };
}

function append<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Named stages by name key, in file order. */
const stagesByName = oncePerParse((file) => {
  const byName = new Map<string, Stage[]>();
  for (const stage of file.stages) {
    if (stage.name === undefined) continue;
    append(byName, stageNameKey(stage.name), stage);
  }
  return byName;
});

/** The latest stage before `beforeIndex` named `name`, as a FROM or COPY --from written there sees it. */
export function earlierStageNamed(file: DockerfileContext, name: string, beforeIndex: number): Stage | undefined {
  const named = stagesByName(file).get(stageNameKey(name)) ?? [];
  for (let i = named.length - 1; i >= 0; i--) if (named[i].index < beforeIndex) return named[i];
  return undefined;
}

/** The earlier stage whose result this stage's FROM starts from (`FROM build AS test`), if any. */
export function parentStage(file: DockerfileContext, stage: Stage): Stage | undefined {
  const image = stage.from.getImage();
  return image ? earlierStageNamed(file, image, stage.index) : undefined;
}

/**
 * Walks the stages in order, handing each one what the stage it builds on ended with (`initial` for a
 * stage built from an image), and returns what each stage ends with. One pass, however long the chain
 * of `FROM <stage>`.
 */
export function foldStages<T>(file: DockerfileContext, initial: T, step: (stage: Stage, inherited: T) => T): Map<Stage, T> {
  const ended = new Map<Stage, T>();
  for (const stage of file.stages) {
    const parent = parentStage(file, stage);
    ended.set(stage, step(stage, parent ? (ended.get(parent) as T) : initial));
  }
  return ended;
}

/** The stage followed by the earlier stages it builds on, nearest first. */
export function stageLineage(file: DockerfileContext, stage: Stage): Stage[] {
  const lineage = [stage];
  // A parent always has a smaller index, so the walk ends.
  for (let parent = parentStage(file, stage); parent; parent = parentStage(file, parent)) lineage.push(parent);
  return lineage;
}

/** True when a word is expanded by the builder (`$VAR`, `${VAR}`), so its value is unknown here. */
export function hasVariable(word: string): boolean {
  return word.includes('$');
}

/** What a `COPY --from=` value points at, resolved as the COPY's own stage sees it. */
export type CopySource =
  | { kind: 'stage'; stage: Stage }
  /** The COPY's own stage, by name or index: the builder rejects it as a circular dependency. */
  | { kind: 'self' }
  /** An image reference (`alpine:3.20`, `ghcr.io/org/tool`): no stage name can contain `:` or `/`. */
  | { kind: 'image' }
  /** Built from build arguments, so unknown until build time. */
  | { kind: 'variable' }
  /** A name or index that no earlier stage has. */
  | { kind: 'unknown' };

export interface CopyFrom {
  flag: Flag;
  /** The flag's value as written. */
  value: string;
  /** Where the value is written, for findings that point at it. */
  range: Range;
  /** The stage the COPY is in. */
  stage: Stage;
  source: CopySource;
}

/** Every `COPY --from=` in the file's stages (ONBUILD triggers run in another build and are left out). */
export const copyFromReferences = oncePerParse((file): CopyFrom[] => {
  const references: CopyFrom[] = [];
  for (const stage of file.stages) {
    for (const instruction of stage.instructions) {
      if (!(instruction instanceof Copy)) continue;
      const flag = instruction.getFromFlag();
      const value = flag?.getValue();
      if (!flag || !value) continue;
      const range = flag.getValueRange() ?? flag.getRange();
      references.push({ flag, value, range, stage, source: resolveCopySource(file, stage, value) });
    }
  }
  return references;
});

function resolveCopySource(file: DockerfileContext, stage: Stage, value: string): CopySource {
  if (hasVariable(value)) return { kind: 'variable' };
  if (/^\d+$/.test(value)) {
    const index = Number(value);
    if (index === stage.index) return { kind: 'self' };
    return index < stage.index ? { kind: 'stage', stage: file.stages[index] } : { kind: 'unknown' };
  }
  if (stage.name !== undefined && sameStageName(stage.name, value)) return { kind: 'self' };
  const earlier = earlierStageNamed(file, value, stage.index);
  if (earlier) return { kind: 'stage', stage: earlier };
  return /[:/@]/.test(value) ? { kind: 'image' } : { kind: 'unknown' };
}

/** Per keyword, the instructions that repeat one already seen in the same stage. */
const repeatsByKeyword = oncePerParse((file) => {
  const repeats = new Map<string, Instruction[]>();
  for (const stage of file.stages) {
    const seen = new Set<string>();
    for (const instruction of stage.instructions) {
      const keyword = instruction.getKeyword();
      if (seen.has(keyword)) append(repeats, keyword, instruction);
      else seen.add(keyword);
    }
  }
  return repeats;
});

/**
 * The instructions with `keyword` that a stage repeats (the second and later in each stage). An image
 * keeps only the last CMD, ENTRYPOINT or HEALTHCHECK, so the earlier ones do nothing; the repeats are
 * reported (as hadolint reports them) so an existing `# hadolint ignore=` above them keeps working.
 */
export function repeatedInStage(file: DockerfileContext, keyword: string): Instruction[] {
  return repeatsByKeyword(file).get(keyword) ?? [];
}
