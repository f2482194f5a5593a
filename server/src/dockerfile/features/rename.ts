import { LSPErrorCodes, ResponseError } from 'vscode-languageserver-protocol';
import type { Position, Range, WorkspaceEdit } from 'vscode-languageserver-types';
import type { DockerfileContext } from '../context';
import { copyFromReferences, RESERVED_STAGE_NAMES, STAGE_NAME_PATTERN, stageNameKey } from '../stages';
import { PLATFORM_ARGS, PROXY_ARGS } from '../variables';
import { occurrenceIndex, type Occurrence } from './occurrences';

/**
 * Renaming a stage or a variable everywhere it is named. Refusals are ResponseErrors whose message
 * the editor shows where the rename was started, so each says why and what to do instead.
 */

const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const BUILDER_VARIABLES = new Set([...Object.keys(PLATFORM_ARGS), ...PROXY_ARGS, 'PATH']);

function refuse(message: string): never {
  throw new ResponseError(LSPErrorCodes.RequestFailed, message);
}

const lineOf = (range: Range) => range.start.line + 1;

/** The symbol under the cursor if it can be renamed; throws when it is one that cannot be. */
function renameable(file: DockerfileContext, position: Position): Occurrence | undefined {
  const occurrence = occurrenceIndex(file).at(position);
  if (!occurrence) return undefined;
  switch (occurrence.origin) {
    case 'predefined':
      return refuse(`${occurrence.name} is set by the builder, so it cannot be renamed.`);
    case 'undeclared':
      return refuse(`${occurrence.name} is not declared in this Dockerfile (it comes from the base image, the shell or the build), so there is nothing here to rename.`);
    case 'unnamed-stage':
      return refuse(`Stage ${occurrence.name} has no name. Add \`AS <name>\` to its FROM line, then refer to it by that name.`);
    case 'declared':
      return occurrence;
  }
}

/** The range and current name to rename at the cursor; null where there is no stage or variable. */
export function prepareRename(file: DockerfileContext, position: Position): { range: Range; placeholder: string } | null {
  const occurrence = renameable(file, position);
  if (!occurrence) return null;
  const declared = occurrenceIndex(file).of(occurrence.symbol).find((o) => o.declaration);
  return { range: occurrence.range, placeholder: declared?.name ?? occurrence.name };
}

/** The edits that rename the stage or variable under the cursor to `newName`, or a refusal saying why not. */
export function rename(file: DockerfileContext, position: Position, newName: string): WorkspaceEdit | null {
  const occurrence = renameable(file, position);
  if (!occurrence) return null;
  const all = occurrenceIndex(file).of(occurrence.symbol);
  if (occurrence.kind === 'stage') checkStageName(file, newName, occurrence.symbol);
  else checkVariableName(file, newName, occurrence.symbol);
  const edits = all.filter((o) => !o.byIndex).map((o) => ({ range: o.range, newText: newName }));
  return { changes: { [file.document.uri]: edits } };
}

function checkStageName(file: DockerfileContext, newName: string, symbol: string): void {
  const key = stageNameKey(newName);
  if (!STAGE_NAME_PATTERN.test(key)) refuse(`"${newName}" is not a valid stage name: it must start with a letter and hold only letters, digits, "-", "_" and ".".`);
  if (RESERVED_STAGE_NAMES.has(key)) refuse(`"${newName}" is reserved: BuildKit reads \`${key}\` as ${key === 'scratch' ? 'the empty base image' : 'the build context'}. Pick another name.`);
  const clash = file.stages.find((stage) => stage.name !== undefined && stageNameKey(stage.name) === key && `stage:${stage.index}` !== symbol);
  if (clash) refuse(`A stage is already named "${clash.name}" (line ${lineOf(clash.from.getRange())}).`);
  // An image or build context of that name would start resolving to the renamed stage.
  const sources = [
    ...file.stages.map((stage) => ({ value: stage.from.getImage(), range: stage.from.getImageRange() })),
    ...copyFromReferences(file).filter((r) => r.source.kind !== 'stage').map((r) => ({ value: r.value, range: r.range })),
  ];
  for (const { value, range } of sources) {
    if (value && range && stageNameKey(value) === key) refuse(`"${newName}" already names an image or build context on line ${lineOf(range)}; a stage of that name would take its place there.`);
  }
}

function checkVariableName(file: DockerfileContext, newName: string, symbol: string): void {
  if (!VARIABLE_NAME.test(newName)) refuse(`"${newName}" is not a valid variable name: use letters, digits and "_", not starting with a digit.`);
  if (BUILDER_VARIABLES.has(newName)) refuse(`${newName} is a variable the builder sets itself. Pick another name.`);
  const clash = occurrenceIndex(file).occurrences.find((o) => o.kind === 'variable' && o.name === newName && o.symbol !== symbol);
  if (clash) refuse(`${newName} is already ${clash.declaration ? 'declared' : 'used'} on line ${lineOf(clash.range)}; renaming to it would mix the two variables.`);
}
