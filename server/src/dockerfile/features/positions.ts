import type { Flag, Instruction } from 'dockerfile-ast';
import type { Position, Range } from 'vscode-languageserver-types';
import type { DockerfileContext } from '../context';

/** Position helpers shared by the language features. */

export function contains(range: Range | null | undefined, position: Position): boolean {
  if (!range) return false;
  const afterStart = position.line > range.start.line || (position.line === range.start.line && position.character >= range.start.character);
  const beforeEnd = position.line < range.end.line || (position.line === range.end.line && position.character <= range.end.character);
  return afterStart && beforeEnd;
}

/** The instruction whose lines include the position (binary search: instructions are in order). */
export function instructionAt(file: DockerfileContext, position: Position): Instruction | undefined {
  const instructions = file.instructions;
  let low = 0;
  let high = instructions.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const range = instructions[mid].getRange();
    if (position.line < range.start.line) high = mid - 1;
    else if (position.line > range.end.line) low = mid + 1;
    else return instructions[mid];
  }
  return undefined;
}

export function flagsOf(instruction: Instruction): Flag[] {
  const withFlags = instruction as Instruction & { getFlags?: () => Flag[] };
  return typeof withFlags.getFlags === 'function' ? withFlags.getFlags() : [];
}
