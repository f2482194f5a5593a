/**
 * What the client's Build Image command needs from a Dockerfile, so the client knows no Dockerfile
 * syntax: the stages it can target, the ARGs it can set, and where a failing build step is.
 *
 * Builders name a failing step three ways, and each maps to an instruction here:
 * - a line (`Dockerfile:12` from recent BuildKit, `dockerfile parse error line 12` from both);
 * - the classic builder's `Step N/M`, which counts every instruction of the file in order (the
 *   ARGs before the first FROM included);
 * - BuildKit's vertex prefix `[stage i/n]`, which counts per stage only the steps that make a
 *   vertex: the FROM of a stage built from an image (not `scratch`, not an earlier stage), then
 *   each RUN, COPY, ADD and WORKDIR. The stage is its `AS` name, `stage-<index>` when unnamed, or
 *   absent when the file has one stage.
 */
import { Arg, type Instruction } from 'dockerfile-ast';
import type { Range } from 'vscode-languageserver-types';
import type { DockerfileContext, Stage } from './context';
import { parentStage, sameStageName } from './stages';
import { declarations } from './instructionParts';
import type { BuildFailurePoint, DockerfileBuildOptions } from '../protocol';

export type { BuildFailurePoint };

/** The keywords whose instructions make a BuildKit vertex, besides a FROM of an image. */
const VERTEX_KEYWORDS = new Set(['RUN', 'COPY', 'ADD', 'WORKDIR']);

/** The stages with their lines, and each ARG name once in file order with the first default written for it. */
export function buildOptions(file: DockerfileContext): DockerfileBuildOptions {
  const stages = file.stages.map((stage) => ({
    index: stage.index,
    name: stage.name ?? null,
    base: stage.from.getImage() ?? '',
    line: stage.from.getRange().start.line,
  }));
  const args: DockerfileBuildOptions['args'] = [];
  const seen = new Set<string>();
  for (const instruction of file.instructions) {
    if (!(instruction instanceof Arg)) continue;
    for (const declaration of declarations(file, instruction)) {
      if (seen.has(declaration.name)) {
        // A later ARG may give the default an earlier one left out.
        const known = args.find((a) => a.name === declaration.name)!;
        if (known.defaultValue === null && declaration.valueRange) known.defaultValue = file.document.getText(declaration.valueRange);
        continue;
      }
      seen.add(declaration.name);
      args.push({
        name: declaration.name,
        defaultValue: declaration.valueRange ? file.document.getText(declaration.valueRange) : null,
        line: declaration.range.start.line,
      });
    }
  }
  return { stages, args };
}

/**
 * Where to report a failing step: from the instruction's keyword to the end of its first line.
 * Undefined when the point names no instruction of this file (the file changed since the build).
 */
export function locateBuildFailure(file: DockerfileContext, point: BuildFailurePoint): Range | undefined {
  switch (point.kind) {
    case 'line': {
      const line = point.line - 1;
      if (line < 0 || line >= file.lines.length) return undefined;
      const instruction = file.instructions.find((i) => i.getRange().start.line <= line && line <= i.getRange().end.line);
      return instruction ? firstLineOf(file, instruction) : { start: { line, character: 0 }, end: { line, character: file.lines[line].length } };
    }
    case 'step': {
      const instruction = file.instructions[point.step - 1];
      return instruction ? firstLineOf(file, instruction) : undefined;
    }
    case 'vertex': {
      const stage = vertexStage(file, point.stage, point.target);
      if (!stage) return undefined;
      // An ONBUILD trigger of the base image runs as part of the FROM.
      if (/^ONBUILD\s/i.test(point.text)) return firstLineOf(file, stage.from);
      const instruction = vertexInstructions(file, stage)[point.step - 1];
      if (!instruction) return undefined;
      const keyword = /^\S+/.exec(point.text)?.[0]?.toUpperCase();
      // FROM's vertex shows the resolved reference, not the keyword; anything else must agree.
      if (keyword && instruction !== stage.from && keyword !== instruction.getKeyword()) return undefined;
      return firstLineOf(file, instruction);
    }
  }
}

function vertexStage(file: DockerfileContext, name: string | undefined, target: string | undefined): Stage | undefined {
  const stages = file.stages;
  if (name === undefined) {
    if (stages.length === 1) return stages[0];
    return (target ? stages.find((s) => s.name !== undefined && sameStageName(s.name, target)) : undefined) ?? stages[stages.length - 1];
  }
  const named = stages.find((s) => s.name !== undefined && sameStageName(s.name, name));
  if (named) return named;
  const index = /^stage-(\d+)$/.exec(name)?.[1];
  return index === undefined ? undefined : stages[Number(index)];
}

function vertexInstructions(file: DockerfileContext, stage: Stage): Instruction[] {
  const image = stage.from.getImage()?.toLowerCase();
  const fromMakesVertex = image !== 'scratch' && parentStage(file, stage) === undefined;
  return stage.instructions.filter((instruction) => (instruction === stage.from ? fromMakesVertex : VERTEX_KEYWORDS.has(instruction.getKeyword())));
}

function firstLineOf(file: DockerfileContext, instruction: Instruction): Range {
  const start = instruction.getRange().start;
  const end = instruction.getRange().end;
  const character = end.line === start.line ? end.character : file.lines[start.line].replace(/\s+$/, '').length;
  return { start, end: { line: start.line, character } };
}
