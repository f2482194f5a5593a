import { Copy, type Flag, type Instruction } from 'dockerfile-ast';
import type { Range } from 'vscode-languageserver-types';
import type { DockerfileContext, Stage } from './context';

/**
 * Questions about build stages that several rules ask: which earlier stage a name or index points
 * at, which stage a FROM builds on, and which instructions a stage repeats. Names are compared the
 * way BuildKit compares them (case-insensitively), since BuildKit is what resolves them at build time.
 */

/** BuildKit lower-cases stage names before comparing them, so `AS Build` and `--from=build` meet. */
export function stageNameKey(name: string): string {
  return name.toLowerCase();
}

export function sameStageName(a: string, b: string): boolean {
  return stageNameKey(a) === stageNameKey(b);
}

/** The latest stage before `beforeIndex` named `name`, as a FROM or COPY --from written there sees it. */
export function earlierStageNamed(file: DockerfileContext, name: string, beforeIndex: number): Stage | undefined {
  for (let i = Math.min(beforeIndex, file.stages.length) - 1; i >= 0; i--) {
    const candidate = file.stages[i].name;
    if (candidate !== undefined && sameStageName(candidate, name)) return file.stages[i];
  }
  return undefined;
}

/** The earlier stage whose result this stage's FROM starts from (`FROM build AS test`), if any. */
export function parentStage(file: DockerfileContext, stage: Stage): Stage | undefined {
  const image = stage.from.getImage();
  return image ? earlierStageNamed(file, image, stage.index) : undefined;
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
export function copyFromReferences(file: DockerfileContext): CopyFrom[] {
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
}

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

/**
 * The instructions with `keyword` that a stage repeats (the second and later in each stage). An image
 * keeps only the last CMD, ENTRYPOINT or HEALTHCHECK, so the earlier ones do nothing; the repeats are
 * reported (as hadolint reports them) so an existing `# hadolint ignore=` above them keeps working.
 */
export function repeatedInStage(file: DockerfileContext, keyword: string): Instruction[] {
  return file.stages.flatMap((stage) => stage.instructions.filter((i) => i.getKeyword() === keyword).slice(1));
}
