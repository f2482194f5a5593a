import { Onbuild, type Instruction } from 'dockerfile-ast';
import type { ParameterInformation, Position, Range, SignatureHelp, SignatureInformation } from 'vscode-languageserver-types';
import { instructionDoc, type InstructionDoc } from '../../docs/instructions';
import type { DockerfileContext } from '../context';
import { contains, instructionAt } from './positions';

/**
 * Signature help while writing an instruction's arguments: its forms from the docs, the one in use
 * (exec form when the arguments open with `[`), and which argument the cursor is on. Flags are not
 * arguments; ONBUILD shows the instruction it carries once that is written.
 */
export function signatureHelp(file: DockerfileContext, position: Position): SignatureHelp | null {
  let instruction = instructionAt(file, position);
  if (instruction instanceof Onbuild) {
    const trigger = instruction.getTriggerInstruction();
    if (trigger && afterKeyword(trigger, position)) instruction = trigger;
  }
  if (!instruction || !afterKeyword(instruction, position)) return null;
  const doc = instructionDoc(instruction.getKeyword());
  if (!doc) return null;
  const execForm = file.isExecForm(instruction) || /^\s*\[/.test(argumentsText(file, instruction));
  const signatures = doc.forms.map((form) => signatureOf(doc, form));
  const heredoc = file.heredocs(instruction).length > 0;
  const inUse = execForm ? (form: string) => form.includes('["') : heredoc ? (form: string) => form.includes('<<') : (form: string) => !form.includes('["') && !form.includes('<<');
  const activeSignature = Math.max(0, doc.forms.findIndex(inUse));
  return { signatures, activeSignature, activeParameter: parameterIndex(doc, argumentRanges(file, instruction), position) };
}

function afterKeyword(instruction: Instruction, position: Position): boolean {
  const end = instruction.getInstructionRange().end;
  return position.line > end.line || (position.line === end.line && position.character > end.character);
}

function argumentsText(file: DockerfileContext, instruction: Instruction): string {
  const range = instruction.getArgumentsRange();
  return range ? file.document.getText(range) : '';
}

/** A form as one line, with each parameter located in it so the editor can underline it. */
function signatureOf(doc: InstructionDoc, form: string): SignatureInformation {
  const label = form.replace(/\n/g, ' ');
  const parameters: ParameterInformation[] = [];
  let from = 0;
  for (const parameter of doc.parameters) {
    const at = label.indexOf(parameter, from);
    if (at < 0) {
      parameters.push({ label: parameter });
      continue;
    }
    parameters.push({ label: [at, at + parameter.length] });
    from = at + parameter.length;
  }
  return { label, parameters };
}

/** The ranges of the instruction's arguments, flags left out; the strings of an exec-form array. */
function argumentRanges(file: DockerfileContext, instruction: Instruction): Range[] {
  if (file.isExecForm(instruction)) return (instruction as Instruction & { getJSONStrings(): { getRange(): Range }[] }).getJSONStrings().map((s) => s.getRange());
  return instruction.getArguments().map((a) => a.getRange());
}

/** Which parameter the cursor is on, from how many arguments come before it. */
function parameterIndex(doc: InstructionDoc, args: Range[], position: Position): number {
  const before = (range: Range) => range.end.line < position.line || (range.end.line === position.line && range.end.character < position.character);
  const inside = args.findIndex((range) => contains(range, position));
  const index = inside >= 0 ? inside : args.filter(before).length;
  const last = doc.parameters.length - 1;
  if (doc.keyword === 'COPY' || doc.keyword === 'ADD') {
    // Sources come first, the destination last: the last of two or more arguments is the destination.
    return index > 0 && index >= args.length - 1 ? last : 0;
  }
  return Math.min(index, last);
}
