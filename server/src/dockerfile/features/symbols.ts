import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import type { Instruction } from 'dockerfile-ast';
import type { DockerfileContext } from '../context';

function instructionSymbol(file: DockerfileContext, instruction: Instruction): DocumentSymbol {
  // Everything after the keyword, flags included, on one line.
  const args = file.document.getText({ start: instruction.getInstructionRange().end, end: instruction.getRange().end }).replace(/\\?\s+/g, ' ').trim();
  return {
    name: instruction.getKeyword(),
    detail: args.length > 60 ? `${args.slice(0, 59)}…` : args,
    kind: instruction.getKeyword() === 'ARG' || instruction.getKeyword() === 'ENV' ? SymbolKind.Variable : SymbolKind.Function,
    range: instruction.getRange(),
    selectionRange: instruction.getInstructionRange(),
  };
}

/** The outline: global ARGs, then each stage (named after its AS name or image) with its instructions. */
export function documentSymbols(file: DockerfileContext): DocumentSymbol[] {
  const prelude = file.preludeInstructions.map((i) => instructionSymbol(file, i));
  const stages = file.stages.map((stage): DocumentSymbol => {
    const last = stage.instructions[stage.instructions.length - 1];
    return {
      name: stage.name ?? `stage ${stage.index}`,
      detail: stage.from.getImage() ?? '',
      kind: SymbolKind.Module,
      range: { start: stage.from.getRange().start, end: last.getRange().end },
      selectionRange: stage.from.getBuildStageRange() ?? stage.from.getInstructionRange(),
      children: stage.instructions.slice(1).map((i) => instructionSymbol(file, i)),
    };
  });
  return [...prelude, ...stages];
}
