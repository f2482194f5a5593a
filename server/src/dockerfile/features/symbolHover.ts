import { Arg, Env, type Instruction } from 'dockerfile-ast';
import type { Position } from 'vscode-languageserver-types';
import type { DockerfileContext } from '../context';
import { declarations, expandRangeIn, globalScope, PLATFORM_ARGS, scopeAt, type ScopedVariable } from '../variables';
import { occurrenceIndex, type Occurrence } from './occurrences';
import { instructionAt } from './positions';
import { valueText } from './variableCompletion';

/**
 * Hover text for a stage or variable under the cursor: a stage reference shows the stage's FROM
 * line; a variable shows what it holds there and the line that declares it.
 */
export function symbolHover(file: DockerfileContext, position: Position): { markdown: string; occurrence: Occurrence } | undefined {
  const occurrence = occurrenceIndex(file).at(position);
  const instruction = instructionAt(file, position);
  if (!occurrence || !instruction) return undefined;
  const markdown = occurrence.kind === 'stage' ? stageText(file, occurrence) : variableText(file, occurrence, instruction);
  return markdown ? { markdown, occurrence } : undefined;
}

function stageText(file: DockerfileContext, occurrence: Occurrence): string | undefined {
  if (occurrence.declaration) return undefined;
  const stage = file.stages[Number(occurrence.symbol.slice('stage:'.length))];
  if (!stage) return undefined;
  return `Stage \`${stage.name ?? stage.index}\` (line ${stage.from.getRange().start.line + 1})\n\n${codeBlock(stage.from.getTextContent().trim())}`;
}

function variableText(file: DockerfileContext, occurrence: Occurrence, instruction: Instruction): string {
  const { name } = occurrence;
  if (occurrence.origin === 'undeclared') return `\`${name}\` is not declared in this Dockerfile: the base image, the shell or the build may set it.`;
  const title = `${occurrence.declaration ? 'Declares' : 'Variable'} \`${name}\``;
  const variable = occurrence.declaration ? declaredValue(file, instruction, occurrence) : scopeAt(file, instruction).get(name);
  const lines = [variable ? `${title} ${valueText(variable)}` : title];
  for (const target of occurrence.targets) {
    if (target === occurrence.range) continue;
    lines.push('', `Declared on line ${target.start.line + 1}:`, codeBlock((file.lines[target.start.line] ?? '').trim()));
  }
  if (occurrence.origin === 'predefined') {
    const example = PLATFORM_ARGS[name];
    lines.push('', `Predefined by BuildKit${example ? `: \`${example}\` on a linux/amd64 builder` : ''}.`);
  }
  return lines.join('\n');
}

/** What a declaration sets: its value expanded where it stands, or for an ARG without one, the global value. */
function declaredValue(file: DockerfileContext, instruction: Instruction, occurrence: Occurrence): ScopedVariable | undefined {
  if (!(instruction instanceof Arg || instruction instanceof Env)) return undefined;
  const declaration = declarations(file, instruction).find((d) => d.nameRange.start.line === occurrence.range.start.line && d.nameRange.start.character === occurrence.range.start.character);
  if (!declaration) return undefined;
  const before = scopeAt(file, instruction);
  const definition = { name: declaration.name, kind: instruction instanceof Arg ? ('arg' as const) : ('env' as const) };
  if (declaration.valueRange) return { definition, value: expandRangeIn(file, declaration.valueRange, before).value };
  const inStage = file.stages.some((stage) => stage.instructions.includes(instruction));
  return { definition, value: (inStage ? globalScope(file) : before).get(declaration.name)?.value };
}

function codeBlock(text: string): string {
  return `\`\`\`dockerfile\n${text}\n\`\`\``;
}
