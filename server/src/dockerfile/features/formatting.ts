import { From, Healthcheck, Onbuild, type Instruction } from 'dockerfile-ast';
import type { FormattingOptions, Range, TextEdit } from 'vscode-languageserver-types';
import { instructionDoc } from '../../docs/instructions';
import type { DockerfileContext } from '../context';
import { heredocBodyLines } from '../instructionParts';

/**
 * Formatting that never changes what the file builds:
 * - instruction keywords (and FROM's `AS`, ONBUILD's trigger, HEALTHCHECK's `CMD`/`NONE`) upper-cased;
 * - an instruction's first line starts at the margin; its continuation lines are indented one
 *   indent (from the editor's FormattingOptions) past it, keeping their indentation relative to
 *   each other, so nested shell blocks stay nested;
 * - trailing spaces and tabs removed.
 * Comments, heredoc bodies and continuation lines that start inside a quoted string (where the
 * indentation is part of the value) are left exactly as they are.
 */
export function formatting(file: DockerfileContext, options: FormattingOptions, range?: Range): TextEdit[] {
  const lines = [...file.lines];
  const untouched = new Uint8Array(lines.length);
  for (let line = 0; line < lines.length; line++) if (/^\s*#/.test(lines[line])) untouched[line] = 1;
  for (const instruction of file.instructions) formatInstruction(file, instruction, lines, untouched, options);
  const edits: TextEdit[] = [];
  for (let line = 0; line < lines.length; line++) {
    if (range && (line < range.start.line || line > range.end.line)) continue;
    const formatted = untouched[line] ? lines[line] : lines[line].replace(/[ \t]+$/, '');
    const edit = lineEdit(line, file.lines[line], formatted);
    if (edit) edits.push(edit);
  }
  return edits;
}

function formatInstruction(file: DockerfileContext, instruction: Instruction, lines: string[], untouched: Uint8Array, options: FormattingOptions): void {
  const { start, end } = instruction.getRange();
  const inHeredoc = heredocBodyLines(file, instruction);
  for (let line = start.line + 1; line <= end.line; line++) if (inHeredoc(line)) untouched[line] = 1;

  lines[start.line] = upperCaseKeywords(instruction, lines[start.line]).replace(/^[ \t]+/, '');
  const quoted = linesStartingInQuotes(file, instruction, untouched);
  const continuation: number[] = [];
  for (let line = start.line + 1; line <= end.line && line < lines.length; line++) {
    if (untouched[line] || quoted.has(line)) untouched[line] = 1;
    else if (lines[line].trim() !== '') continuation.push(line);
  }
  if (continuation.length === 0) return;
  const tabSize = Math.max(1, options.tabSize || 4);
  const width = (line: number) => indentWidth(/^[ \t]*/.exec(lines[line])![0], tabSize);
  const least = Math.min(...continuation.map(width));
  for (const line of continuation) {
    const indent = indentText(tabSize + width(line) - least, options.insertSpaces !== false, tabSize);
    lines[line] = indent + lines[line].replace(/^[ \t]+/, '');
  }
}

/**
 * The instruction's first line with its keywords upper-cased, where they are on that line. Only
 * keywords Berth knows: an unknown instruction is left as written.
 */
function upperCaseKeywords(instruction: Instruction, text: string): string {
  const line = instruction.getRange().start.line;
  const upper = (range: Range | null | undefined) => {
    if (!range || range.start.line !== line || range.end.line !== line) return;
    text = text.slice(0, range.start.character) + text.slice(range.start.character, range.end.character).toUpperCase() + text.slice(range.end.character);
  };
  if (instructionDoc(instruction.getKeyword())) upper(instruction.getInstructionRange());
  if (instruction instanceof Onbuild) {
    const trigger = instruction.getTriggerRange();
    if (trigger && instructionDoc(instruction.getTrigger() ?? '')) upper(trigger);
  }
  if (instruction instanceof From) {
    const name = instruction.getBuildStageRange();
    if (name && name.start.line === line) {
      const as = /(\s)(as)(\s+)$/i.exec(text.slice(0, name.start.character));
      if (as) upper({ start: { line, character: as.index + 1 }, end: { line, character: as.index + 3 } });
    }
  }
  if (instruction instanceof Healthcheck) {
    const subcommand = instruction.getSubcommand();
    if (subcommand && /^(cmd|none)$/i.test(subcommand.getValue())) upper(subcommand.getRange());
  }
  return text;
}

/**
 * The continuation lines of an instruction that begin inside a quoted string. Comment lines and
 * heredoc bodies (`skipped`) are not part of the arguments the builder joins.
 */
function linesStartingInQuotes(file: DockerfileContext, instruction: Instruction, skipped: Uint8Array): Set<number> {
  const { start, end } = instruction.getRange();
  const escape = file.escapeCharacter;
  const inside = new Set<number>();
  let quote: string | undefined;
  for (let line = start.line; line <= end.line && line < file.lines.length; line++) {
    if (skipped[line]) continue;
    if (line > start.line && quote) inside.add(line);
    const text = file.lines[line];
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (c === escape && quote !== "'") i++;
      else if (quote ? c === quote : c === '"' || c === "'") quote = quote ? undefined : c;
    }
  }
  return inside;
}

function indentWidth(indent: string, tabSize: number): number {
  let width = 0;
  for (const c of indent) width = c === '\t' ? width + tabSize - (width % tabSize) : width + 1;
  return width;
}

function indentText(width: number, spaces: boolean, tabSize: number): string {
  return spaces ? ' '.repeat(width) : '\t'.repeat(Math.floor(width / tabSize)) + ' '.repeat(width % tabSize);
}

/** The smallest edit that turns `before` into `after` on one line, or none when they match. */
function lineEdit(line: number, before: string, after: string): TextEdit | undefined {
  if (before === after) return undefined;
  let head = 0;
  while (head < before.length && head < after.length && before[head] === after[head]) head++;
  let tail = 0;
  while (tail < before.length - head && tail < after.length - head && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  return {
    range: { start: { line, character: head }, end: { line, character: before.length - tail } },
    newText: after.slice(head, after.length - tail),
  };
}
