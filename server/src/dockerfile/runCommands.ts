import { Add, Copy, Onbuild, Run, type Argument, type Dockerfile, type Instruction } from 'dockerfile-ast';
import type { Range } from 'vscode-languageserver-types';
import type { RuleFix } from '../lint/rule';
import type { DockerfileContext, Stage } from './context';
import { NodeCache } from './nodeCache';
import { instructionArguments } from './parse';
import { isLongOption, programName, type ShellCommand } from './shell';
import { parentStage } from './stages';

/**
 * What the rules about RUN scripts and copied files share: every RUN (ONBUILD triggers included,
 * as hadolint checks them too), the commands they execute and where their words are, and the
 * sources and destination of a COPY or ADD.
 */

/** The instruction an ONBUILD registers (`ONBUILD RUN make` is read as its RUN); others as they are. */
export function unwrapOnbuild(instruction: Instruction): Instruction {
  return (instruction instanceof Onbuild && instruction.getTriggerInstruction()) || instruction;
}

/**
 * Visits each stage's instructions in order, carrying a state that starts from `fresh`, or, for a
 * stage built FROM an earlier stage, from the state that stage ended with (its WORKDIR, SHELL and
 * the like are inherited).
 */
export function walkStages<T>(file: DockerfileContext, fresh: T, visit: (state: T, instruction: Instruction) => T): void {
  const ending: T[] = [];
  for (const stage of file.stages) {
    const parent = parentStage(file, stage);
    let state = parent ? ending[parent.index] : fresh;
    for (const instruction of stage.instructions) state = visit(state, instruction);
    ending[stage.index] = state;
  }
}

/** One command a RUN executes, with the RUN. */
export interface RunCommand {
  run: Run;
  command: ShellCommand;
}

/** A RUN of the file: a stage's own, or an ONBUILD trigger (run by images built FROM this one). */
export interface FileRun {
  run: Run;
  /** The stage the RUN is written in; undefined before the first FROM. */
  stage?: Stage;
  onbuild: boolean;
  commands: ShellCommand[];
}

/** One shell command of a RUN of the file, with its place among the RUN's commands. */
export interface CommandInRun extends RunCommand {
  owner: FileRun;
  index: number;
}

/** Every RUN of the file, and the commands they execute by program. */
interface FileRuns {
  runs: FileRun[];
  byProgram: ProgramIndex<CommandInRun>;
}

/**
 * Commands (with where they run) grouped by their program's base name, so a rule asking for `wget`
 * reads only the `wget` commands instead of every command of the file.
 */
export class ProgramIndex<T> {
  /** Program → the positions in `items` of its commands, ascending. */
  private readonly positions = new Map<string, number[]>();

  constructor(
    private readonly items: readonly T[],
    commandOf: (item: T) => ShellCommand,
  ) {
    items.forEach((item, position) => {
      const program = programName(commandOf(item));
      const positions = this.positions.get(program);
      if (positions) positions.push(position);
      else this.positions.set(program, [position]);
    });
  }

  /** The program names that occur. */
  programs(): IterableIterator<string> {
    return this.positions.keys();
  }

  /** The items whose program is one of `programs`, in file order. */
  select(programs: Iterable<string>): T[] {
    const selected: number[] = [];
    let groups = 0;
    for (const program of programs) {
      const positions = this.positions.get(program);
      if (!positions) continue;
      for (const position of positions) selected.push(position);
      groups++;
    }
    if (groups > 1) selected.sort((a, b) => a - b);
    return selected.map((position) => this.items[position]);
  }
}

// Keyed by the parse, which a context shares with its copies under other settings.
const runsByParse = new WeakMap<Dockerfile, FileRuns>();

/** The RUNs of the file and their commands, read once per parse for every rule that reads RUN commands. */
function fileRuns(file: DockerfileContext): FileRuns {
  let found = runsByParse.get(file.ast);
  if (!found) {
    const runs: FileRun[] = [];
    const commands: CommandInRun[] = [];
    const visit = (instruction: Instruction, stage: Stage | undefined) => {
      const run = unwrapOnbuild(instruction);
      if (!(run instanceof Run)) return;
      const owner: FileRun = { run, stage, onbuild: instruction instanceof Onbuild, commands: file.shellCommands(run) };
      runs.push(owner);
      owner.commands.forEach((command, index) => commands.push({ run, command, owner, index }));
    };
    for (const instruction of file.preludeInstructions) visit(instruction, undefined);
    for (const stage of file.stages) for (const instruction of stage.instructions) visit(instruction, stage);
    found = { runs, byProgram: new ProgramIndex(commands, (entry) => entry.command) };
    runsByParse.set(file.ast, found);
  }
  return found;
}

/** Every RUN of the file, ONBUILD RUN triggers included, in file order, with its stage and commands. */
export function runsOf(file: DockerfileContext): FileRun[] {
  return fileRuns(file).runs;
}

/** The commands of the file's RUN instructions whose program (by base name) is one of `programs`, in file order. */
export function commandsNamed(file: DockerfileContext, programs: Iterable<string>): CommandInRun[] {
  return fileRuns(file).byProgram.select(programs);
}

/** The program names (base names) the file's RUN commands run. */
export function programsRun(file: DockerfileContext): IterableIterator<string> {
  return fileRuns(file).byProgram.programs();
}

/** Where a command's word is (0 is the program); the RUN keyword when the word cannot be placed. */
export function wordRange(file: DockerfileContext, found: RunCommand, index = 0): Range {
  return file.wordRange(found.command, index) ?? found.run.getInstructionRange();
}

/**
 * True when a fix may edit the command's words as shell text: exec-form words are JSON strings,
 * where inserting or deleting a shell word would break the array.
 */
export function editableAsShell(file: DockerfileContext, found: RunCommand): boolean {
  return !file.isExecForm(found.run) && file.wordRange(found.command, 0) !== undefined;
}

/**
 * True when the command has one of the options, given as hadolint reads them: a long name matches
 * `--name` and `--name=value`; a one-letter name matches a letter among the leading letters of a
 * single-dash word (`-q`, `-qO-`, `-nv`), so a grouped flag and its attached value still count.
 */
export function hasOption(command: ShellCommand, ...names: string[]): boolean {
  return names.some((name) => command.args.some((arg) => (name.length === 1 ? inLeadingLetters(arg, name) : isLongOption(arg, name))));
}

/** True when `letter` is among the letters right after a single dash (`-qO-` has q and O). */
function inLeadingLetters(arg: string, letter: string): boolean {
  if (arg[0] !== '-') return false;
  for (let i = 1; i < arg.length && /[A-Za-z]/.test(arg[i]); i++) if (arg[i] === letter) return true;
  return false;
}

/** A fix that writes `text` right after the command's program word, or undefined when it cannot be placed. */
export function insertAfterProgram(file: DockerfileContext, found: RunCommand, title: string, text: string): RuleFix | undefined {
  const program = file.wordRange(found.command, 0);
  if (!program || !editableAsShell(file, found)) return undefined;
  return { title, edits: [{ range: { start: program.end, end: program.end }, newText: text }] };
}

/** One path argument of a COPY or ADD. */
export interface PathArgument {
  /** As written, quotes included. */
  raw: string;
  /** Without surrounding quotes. */
  value: string;
  range: Range;
  /** A `<<EOF` source: the file's content is written in the Dockerfile. */
  heredoc: boolean;
}

export interface CopyArguments {
  sources: PathArgument[];
  /** The last argument; undefined when there is at most one argument. */
  destination?: PathArgument;
}

/**
 * The sources and destination of a COPY or ADD: flags left out, JSON form read as its strings,
 * and heredoc bodies (which the parser lists as arguments) left out.
 */
export function copyArguments(file: DockerfileContext, instruction: Copy | Add): CopyArguments {
  let found = copyArgumentsCache.get(instruction);
  if (!found) {
    found = readCopyArguments(file, instruction);
    copyArgumentsCache.set(instruction, found);
  }
  return found;
}

// Several rules read the same COPY; instructions belong to one parse, which the cache follows.
const copyArgumentsCache = new NodeCache<Copy | Add, CopyArguments>();

function readCopyArguments(file: DockerfileContext, instruction: Copy | Add): CopyArguments {
  const paths: PathArgument[] = file.isExecForm(instruction)
    ? instruction.getJSONStrings().map((s) => ({ raw: s.getValue(), value: s.getJSONValue(), range: s.getRange(), heredoc: false }))
    : shellFormPaths(file, instruction);
  if (paths.length < 2) return { sources: paths };
  return { sources: paths.slice(0, -1), destination: paths[paths.length - 1] };
}

/**
 * The path words as written: the parser's words read back from the document (its values drop
 * backslashes, which Windows paths need), with a quoted path that contains spaces kept whole.
 */
function shellFormPaths(file: DockerfileContext, instruction: Copy | Add): PathArgument[] {
  const heredocs = file.heredocs(instruction);
  let words = instructionArguments(instruction);
  if (heredocs.length > 0) {
    const argumentsEnd = Math.min(...heredocs.map((h) => file.document.offsetAt((h.getContentRange() ?? h.getDelimiterRange() ?? h.getStartRange()).start)));
    words = words.filter((word) => file.document.offsetAt(word.getRange().start) < argumentsEnd);
  }
  const { text } = file;
  const endOf = (word: Argument) => file.document.offsetAt(word.getRange().end);
  const paths: PathArgument[] = [];
  for (let i = 0; i < words.length; i++) {
    const { start } = words[i].getRange();
    const startOffset = file.document.offsetAt(start);
    const first = startOffset < endOf(words[i]) ? text[startOffset] : undefined;
    if (first === '"' || first === "'") while (i + 1 < words.length && !closesQuote(text.substring(startOffset, endOf(words[i])), first)) i++;
    const range = { start, end: words[i].getRange().end };
    const raw = text.substring(startOffset, endOf(words[i]));
    paths.push({ raw, value: dropQuotes(raw), range, heredoc: raw.startsWith('<<') && /^<<-?["']?\w/.test(raw) });
  }
  return paths;
}

function closesQuote(text: string, quote: string): boolean {
  return text.length > 1 && text.endsWith(quote);
}

/** A path with one pair of surrounding quotes removed, as the builder reads it. */
export function dropQuotes(path: string): string {
  if (path[0] !== '"' && path[0] !== "'") return path;
  return /^(["']).*\1$/s.test(path) && path.length >= 2 ? path.slice(1, -1) : path;
}

/** The last component of a Linux or Windows path. */
export function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}

/** The compressed or tar archive suffixes hadolint knows; ADD extracts a local tar archive like these. */
const ARCHIVE_SUFFIXES = ['.tar', '.Z', '.bz2', '.gz', '.lz', '.lzma', '.tZ', '.tb2', '.tbz', '.tbz2', '.tgz', '.tlz', '.tpz', '.txz', '.xz'];

export function isArchive(path: string): boolean {
  const unquoted = dropQuotes(path);
  return ARCHIVE_SUFFIXES.some((suffix) => unquoted.endsWith(suffix));
}
