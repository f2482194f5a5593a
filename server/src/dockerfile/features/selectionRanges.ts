import type { Position, Range, SelectionRange } from 'vscode-languageserver-types';
import type { DockerfileContext } from '../context';
import { contains, flagsOf, instructionAt } from './positions';
import { occurrenceIndex } from './occurrences';

/**
 * Expand selection, from the inside out: the word (or stage or variable name), a `--mount` option,
 * the flag's value, the flag or argument, the instruction, its stage. A heredoc body sits between
 * its instruction and the line. Each step strictly contains the one before.
 */
export function selectionRanges(file: DockerfileContext, positions: Position[]): SelectionRange[] {
  return positions.map((position) => selectionAt(file, position));
}

function selectionAt(file: DockerfileContext, position: Position): SelectionRange {
  const candidates: Range[] = [];
  const word = wordAt(file, position);
  if (word) candidates.push(word);
  const occurrence = occurrenceIndex(file).at(position);
  if (occurrence) candidates.push(occurrence.range, occurrence.hitRange);
  const instruction = instructionAt(file, position);
  if (instruction) {
    for (const flag of flagsOf(instruction)) {
      if (!contains(flag.getRange(), position)) continue;
      for (const option of flag.getOptions()) candidates.push(option.getRange());
      const value = flag.getValueRange();
      if (value) candidates.push(value);
      candidates.push(flag.getRange());
    }
    for (const argument of instruction.getArguments()) candidates.push(argument.getRange());
    for (const heredoc of file.heredocs(instruction)) {
      const content = heredoc.getContentRange();
      if (content) candidates.push(content);
    }
    candidates.push(instruction.getRange());
    const stage = file.stages.find((s) => s.instructions.includes(instruction));
    if (stage) candidates.push({ start: stage.from.getRange().start, end: stage.instructions[stage.instructions.length - 1].getRange().end });
  } else if (position.line < file.lines.length) {
    candidates.push({ start: { line: position.line, character: 0 }, end: { line: position.line, character: file.lines[position.line].length } });
  }
  return nest(file, candidates.filter((range) => contains(range, position)), position);
}

/** The run of word characters around the position, if any. */
function wordAt(file: DockerfileContext, position: Position): Range | undefined {
  const line = file.lines[position.line];
  if (line === undefined) return undefined;
  const isWord = (c: string | undefined) => c !== undefined && /[\w.-]/.test(c);
  let start = Math.min(position.character, line.length);
  let end = start;
  while (isWord(line[start - 1])) start--;
  while (isWord(line[end])) end++;
  return end > start ? { start: { line: position.line, character: start }, end: { line: position.line, character: end } } : undefined;
}

/** Orders ranges from the smallest out, keeping each one that strictly contains the one before. */
function nest(file: DockerfileContext, ranges: Range[], position: Position): SelectionRange {
  const offsets = (r: Range) => [file.document.offsetAt(r.start), file.document.offsetAt(r.end)];
  const sorted = ranges.map((range) => ({ range, span: offsets(range) })).sort((a, b) => a.span[1] - a.span[0] - (b.span[1] - b.span[0]));
  const chain: { range: Range; span: number[] }[] = [];
  for (const candidate of sorted) {
    const inner = chain[chain.length - 1];
    const encloses = !inner || (candidate.span[0] <= inner.span[0] && candidate.span[1] >= inner.span[1] && candidate.span[1] - candidate.span[0] > inner.span[1] - inner.span[0]);
    if (encloses) chain.push(candidate);
  }
  let selection: SelectionRange | undefined;
  for (let i = chain.length - 1; i >= 0; i--) selection = { range: chain[i].range, parent: selection };
  // Nothing around the cursor: an empty selection where it is, inside the document.
  const at = file.document.positionAt(file.document.offsetAt(position));
  return selection ?? { range: { start: at, end: at } };
}
