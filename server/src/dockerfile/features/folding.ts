import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver-types';
import type { DockerfileContext } from '../context';

/** Folds each stage, each instruction that spans lines, each heredoc body and each run of comment lines. */
export function foldingRanges(file: DockerfileContext): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  for (const stage of file.stages) {
    const end = stage.instructions[stage.instructions.length - 1].getRange().end.line;
    if (end > stage.from.getRange().start.line) ranges.push({ startLine: stage.from.getRange().start.line, endLine: end, kind: FoldingRangeKind.Region });
  }
  for (const instruction of file.instructions) {
    const { start, end } = instruction.getRange();
    if (end.line > start.line) ranges.push({ startLine: start.line, endLine: end.line });
    for (const heredoc of file.heredocs(instruction)) {
      const content = heredoc.getContentRange();
      if (content && content.end.line > heredoc.getStartRange().start.line) ranges.push({ startLine: heredoc.getStartRange().start.line, endLine: content.end.line });
    }
  }
  // Comment lines inside a continued instruction belong to it, not to a comment block.
  const continued = new Uint8Array(file.lines.length);
  for (const instruction of file.instructions) {
    const { start, end } = instruction.getRange();
    for (let line = start.line + 1; line <= end.line && line < continued.length; line++) continued[line] = 1;
  }
  let runStart = -1;
  for (let index = 0; index <= file.lines.length; index++) {
    const isComment = index < file.lines.length && !continued[index] && /^\s*#/.test(file.lines[index]);
    if (isComment && runStart < 0) runStart = index;
    if (!isComment && runStart >= 0) {
      if (index - 1 > runStart) ranges.push({ startLine: runStart, endLine: index - 1, kind: FoldingRangeKind.Comment });
      runStart = -1;
    }
  }
  return ranges;
}
