import type { TextEdit } from 'vscode-languageserver-types';
import { buildkitUrl, type Rule, type RuleFinding } from '../../lint/rule';
import { heredocBodyLines } from '../instructionParts';

export const rule: Rule = {
  id: 'NoEmptyContinuation',
  source: 'buildkit',
  severity: 'warning',
  summary: 'A blank line sits inside an instruction continued with a backslash',
  url: buildkitUrl('NoEmptyContinuation'),
  docs: {
    why: 'After a line ending in the escape character the builder skips blank lines and carries on with the same instruction, so a blank line that looks like the end of an instruction is not. Docker has announced that such blank lines will become errors. Remove the blank line, or keep it as a `#` comment line, which continuations allow.',
    bad: 'FROM alpine:3.20\nRUN apk add --no-cache \\\n\n    curl',
    good: 'FROM alpine:3.20\nRUN apk add --no-cache \\\n    curl',
  },
  check(file) {
    const findings: RuleFinding[] = [];
    for (const instruction of file.instructions) {
      const { start, end } = instruction.getRange();
      let inHeredoc: ((line: number) => boolean) | undefined;
      const blank: number[] = [];
      for (let line = start.line + 1; line <= end.line; line++) {
        if ((file.lines[line] ?? '').trim() !== '') continue;
        inHeredoc ??= heredocBodyLines(file, instruction);
        if (!inHeredoc(line)) blank.push(line);
      }
      // BuildKit warns once per instruction; the first blank line is the one to point at.
      if (blank.length === 0) continue;
      const first = blank[0];
      findings.push({
        range: { start: { line: first, character: 0 }, end: { line: first, character: file.lines[first].length } },
        message: 'Empty continuation line',
        fix: { title: blank.length > 1 ? 'Remove the blank lines' : 'Remove the blank line', edits: removeLines(blank) },
      });
    }
    return findings;
  },
};

/** Deletes whole lines, each run of consecutive ones as one edit (a blank line is never an instruction's last). */
function removeLines(lines: number[]): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const line of lines) {
    const previous = edits[edits.length - 1];
    if (previous && previous.range.end.line === line) previous.range.end.line = line + 1;
    else edits.push({ range: { start: { line, character: 0 }, end: { line: line + 1, character: 0 } }, newText: '' });
  }
  return edits;
}
