/**
 * Where things are in an instruction, read once and shared: the name=value pairs of ARG, ENV and
 * LABEL as BuildKit reads them, the paths of COPY and ADD, heredoc bodies, and the parts BuildKit
 * expands variables in. dockerfile-ast rebuilds most of these on every call, at a cost that
 * matters on long files, so they are cached per instruction.
 */
import { Add, Arg, Copy, Env, From, Label, Stopsignal, User, Volume, Workdir, type Instruction } from 'dockerfile-ast';
import type { Range } from 'vscode-languageserver-types';
import type { DockerfileContext } from './context';
import { NodeCache } from './nodeCache';

/** A piece of an instruction's text that the builder expands, by document offsets. */
export interface ExpansionSite {
  start: number;
  end: number;
  /** A heredoc body: quotes are literal there. */
  raw: boolean;
}

/** One `NAME` or `NAME=value` of an ARG, ENV or LABEL. */
export interface Declaration {
  name: string;
  nameRange: Range;
  /** The value as written; null for an ARG without a default. */
  valueRange: Range | null;
  /** The whole pair. */
  range: Range;
}

/**
 * The names an ARG, ENV or LABEL declares. dockerfile-ast reads `ARG A B=1` like a legacy `ENV A B=1`
 * (one name, the rest its value), but BuildKit reads every word of an ARG as its own declaration.
 */
export function declarations(file: DockerfileContext, instruction: Arg | Env | Label): Declaration[] {
  let cached = declarationCache.get(instruction);
  if (!cached) {
    cached = readDeclarations(file, instruction);
    declarationCache.set(instruction, cached);
  }
  return cached;
}

/** dockerfile-ast builds properties afresh on every call, and they cost more than the rest of a lint. */
const declarationCache = new NodeCache<Instruction, Declaration[]>();

function readDeclarations(file: DockerfileContext, instruction: Arg | Env | Label): Declaration[] {
  const properties = instruction.getProperties();
  const folded = instruction instanceof Arg && properties.some((p) => p.getAssignmentOperator() === null && p.getValue() !== null);
  if (!folded) {
    return properties.map((p) => ({ name: p.getName(), nameRange: p.getNameRange(), valueRange: p.getValue() === null ? null : p.getValueRange(), range: p.getRange() }));
  }
  return instruction.getArguments().map((argument) => {
    const range = argument.getRange();
    const equals = argument.getValue().indexOf('=');
    if (equals < 0) return { name: argument.getValue(), nameRange: range, valueRange: null, range };
    const at = (offset: number) => file.document.positionAt(file.document.offsetAt(range.start) + offset);
    return { name: argument.getValue().slice(0, equals), nameRange: { start: range.start, end: at(equals) }, valueRange: { start: at(equals + 1), end: range.end }, range };
  });
}

/** The parts of an instruction BuildKit expands variables in; RUN, CMD and the like are left to the shell. */
export function expansionSites(file: DockerfileContext, instruction: Instruction): ExpansionSite[] {
  // Without a dollar sign there is nothing to expand, and reading the instruction's parts is costly.
  if (!instructionText(file, instruction).includes('$')) return [];
  const offset = (range: Range | null) => (range ? { start: file.document.offsetAt(range.start), end: file.document.offsetAt(range.end), raw: false } : undefined);
  const ranges: (ExpansionSite | undefined)[] = [];
  if (instruction instanceof From) {
    ranges.push(offset(instruction.getImageRange()), offset(instruction.getPlatformFlag()?.getValueRange() ?? null));
  } else if (instruction instanceof Arg) {
    for (const declaration of declarations(file, instruction)) ranges.push(offset(declaration.valueRange));
  } else if (instruction instanceof Env || instruction instanceof Label) {
    for (const declaration of declarations(file, instruction)) ranges.push(offset(declaration.nameRange), offset(declaration.valueRange));
  } else if (instruction instanceof Copy || instruction instanceof Add) {
    for (const flag of instruction.getFlags()) ranges.push(offset(flag.getValueRange()));
    for (const path of pathArguments(file, instruction)) ranges.push(offset(path));
    for (const heredoc of file.heredocs(instruction)) {
      const content = offset(heredoc.getContentRange());
      const quoted = /["']/.test(file.text[file.document.offsetAt(heredoc.getNameRange().start) - 1] ?? '');
      if (content && !quoted) ranges.push({ ...content, raw: true });
    }
  } else if (instruction instanceof Workdir || instruction instanceof User || instruction instanceof Stopsignal || instruction instanceof Volume) {
    for (const argument of instruction.getArguments()) ranges.push(offset(argument.getRange()));
  }
  return ranges.filter((site): site is ExpansionSite => site !== undefined && site.end > site.start);
}

/**
 * The sources and destination of a COPY or ADD, last one the destination: JSON strings in exec
 * form, words otherwise. Heredocs are left out: dockerfile-ast lists their markers, bodies and
 * terminators among the arguments, but they are not paths.
 */
export function pathArguments(file: DockerfileContext, instruction: Copy | Add): Range[] {
  if (file.isExecForm(instruction)) return instruction.getJSONStrings().map((s) => s.getRange());
  const inHeredoc = heredocBodyLines(file, instruction);
  return instruction
    .getArguments()
    .filter((argument) => !argument.getValue().startsWith('<<') && !inHeredoc(argument.getRange().start.line))
    .map((argument) => argument.getRange());
}

/** A test for the lines of an instruction that belong to a heredoc's body or terminator. */
export function heredocBodyLines(file: DockerfileContext, instruction: Instruction): (line: number) => boolean {
  if (!instructionText(file, instruction).includes('<<')) return () => false;
  const spans = file.heredocs(instruction).map((h) => ({ after: h.getStartRange().start.line, last: (h.getDelimiterRange() ?? h.getContentRange() ?? h.getStartRange()).end.line }));
  return (line) => spans.some(({ after, last }) => line > after && line <= last);
}

/** The instruction as written, continuation lines included. */
export function instructionText(file: DockerfileContext, instruction: Instruction): string {
  const { start, end } = instruction.getRange();
  return file.text.slice(file.document.offsetAt(start), file.document.offsetAt(end));
}
