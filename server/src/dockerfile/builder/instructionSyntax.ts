/**
 * Each instruction as Docker's builder (BuildKit) reads it when it parses a Dockerfile: the leading
 * `--flags`, the words after them, and whether the arguments are a JSON (exec-form) array. Built on
 * dockerfile-ast's arguments and ranges; the syntax rules in ../rules share it, computed once per parse.
 */
import { Instruction, Onbuild, type Argument, type Dockerfile, type Heredoc } from 'dockerfile-ast';
import type { Range } from 'vscode-languageserver-types';
import type { DockerfileContext } from '../context';
import { instructionText } from '../instructionParts';
import { instructionWords } from '../parse';
import { instructionDoc, type FlagDoc } from '../../docs/instructions';
import { flagRanges, unquoteFlagWord } from './flagWords';

export interface BuilderFlag {
  /** Without the dashes, as written: the builder compares flag names case-sensitively. */
  name: string;
  /** After the builder's quote removal; null when written without `=`. */
  value: string | null;
  range: Range;
  nameRange: Range;
  /** The value as written (quotes included); null without `=`. */
  valueRange: Range | null;
  /** Document offset of the value's first character when the value reads exactly as written (no quotes, one line). */
  valueOffset?: number;
}

/** How the builder reads arguments that may be a JSON array. */
export type ArgumentForm =
  /** A JSON array of strings. */
  | { readonly kind: 'exec'; readonly values: readonly string[] }
  /** Valid JSON, but not every element is a string: the builder refuses it. */
  | { readonly kind: 'non-string-array' }
  /** Anything else; `bracket` when it starts with `[` but is not valid JSON, which the builder silently runs as shell form. */
  | { readonly kind: 'shell'; readonly bracket: boolean };

/** Shell form without a bracket, which most instructions are: one value for all of them. */
const PLAIN_SHELL_FORM: ArgumentForm = Object.freeze({ kind: 'shell', bracket: false });

export interface InstructionSyntax {
  instruction: Instruction;
  /** Upper-case keyword as written (`RUN`), or the unknown word. */
  keyword: string;
  /** The ONBUILD carrying this instruction as its trigger; the builder checks triggers when a child image builds. */
  onbuild?: Onbuild;
  flags: BuilderFlag[];
  /** The words after the flags, heredoc bodies left out. */
  args: readonly Argument[];
  /** The heredocs the instruction opens (RUN, COPY and ADD, also as ONBUILD triggers). */
  heredocs: Heredoc[];
  /** For instructions that may take a JSON array (HEALTHCHECK: after its type word). */
  form: ArgumentForm;
}

/** Instructions whose arguments the builder first tries as a JSON array. */
const JSON_CAPABLE = new Set(['RUN', 'CMD', 'ENTRYPOINT', 'SHELL', 'COPY', 'ADD', 'VOLUME', 'HEALTHCHECK']);

const HEREDOC_KEYWORDS = new Set(['RUN', 'COPY', 'ADD']);

const cache = new WeakMap<Dockerfile, InstructionSyntax[]>();

/**
 * Every instruction in file order, each ONBUILD followed by its trigger, read as the builder reads them.
 * Cached per parse (the AST is shared by every view of one parse).
 */
export function instructionSyntax(file: DockerfileContext): InstructionSyntax[] {
  let views = cache.get(file.ast);
  if (!views) {
    views = [];
    for (const instruction of file.instructions) {
      views.push(readInstruction(file, instruction));
      if (instruction instanceof Onbuild) {
        const trigger = instruction.getTriggerInstruction();
        if (trigger) views.push({ ...readInstruction(file, trigger), onbuild: instruction });
      }
    }
    cache.set(file.ast, views);
  }
  return views;
}

function readInstruction(file: DockerfileContext, instruction: Instruction): InstructionSyntax {
  const keyword = instruction.getKeyword();
  // Every word as written: subclasses' getArguments drop the flags they recognise, differently from the builder.
  const allWords = instructionWords(instruction);
  // Only these open heredocs for the builder (an ONBUILD's belong to its trigger). Asking dockerfile-ast re-reads the instruction, so ask only when a word could open one.
  const heredocs = HEREDOC_KEYWORDS.has(keyword) && mayOpenHeredoc(file, instruction, allWords) ? file.heredocs(instruction) : [];
  const words = ownWords(file, heredocs, allWords);
  const flags: BuilderFlag[] = [];
  let index = 0;
  for (; index < words.length; index++) {
    const word = words[index];
    const text = word.getValue();
    if (!text.startsWith('--')) break;
    // A bare `--` ends the flags and is dropped, as the builder does.
    if (text === '--') {
      index++;
      break;
    }
    flags.push(readFlag(file, word));
  }
  const args = index === 0 ? words : words.slice(index);
  return { instruction, keyword, flags, args, heredocs, form: JSON_CAPABLE.has(keyword) ? readForm(file, instruction, keyword, args) : PLAIN_SHELL_FORM };
}

/** True when a word has `<<`; the instruction's text shows most have none without reading every word. */
function mayOpenHeredoc(file: DockerfileContext, instruction: Instruction, words: readonly Argument[]): boolean {
  return instructionText(file, instruction).includes('<<') && words.some((word) => word.getValue().includes('<<'));
}

/** The words of the instruction itself: a heredoc's body lines are content, not arguments. */
function ownWords(file: DockerfileContext, heredocs: Heredoc[], words: readonly Argument[]): readonly Argument[] {
  const bodyStarts = heredocs
    .map((heredoc) => heredoc.getContentRange()?.start ?? heredoc.getDelimiterRange()?.start)
    .filter((start) => start !== undefined)
    .map((start) => file.document.offsetAt(start));
  if (bodyStarts.length === 0) return words;
  const cutoff = Math.min(...bodyStarts);
  return words.filter((word) => file.document.offsetAt(word.getRange().start) < cutoff);
}

function readFlag(file: DockerfileContext, word: Argument): BuilderFlag {
  const raw = file.document.getText(word.getRange());
  const unquoted = unquoteFlagWord(word.getValue().slice(2));
  const equals = unquoted.indexOf('=');
  const name = equals < 0 ? unquoted : unquoted.slice(0, equals);
  const value = equals < 0 ? null : unquoted.slice(equals + 1);
  return { name, value, range: word.getRange(), ...flagRanges(file.document, word.getRange(), raw, name, value) };
}

/**
 * The builder joins continuation lines, drops comment lines inside them, and parses the rest as JSON
 * when it starts with `[`: a string array is exec form, another array is an error, and text that is not
 * JSON at all falls back to shell form without a word.
 */
function readForm(file: DockerfileContext, instruction: Instruction, keyword: string, args: readonly Argument[]): ArgumentForm {
  const first = keyword === 'HEALTHCHECK' ? args[1] : args[0];
  if (!first?.getValue().startsWith('[')) return PLAIN_SHELL_FORM;
  let text = file.runScript(instruction).trimStart();
  if (keyword === 'HEALTHCHECK') text = text.replace(/^\S+\s*/, '');
  if (!text.startsWith('[')) return PLAIN_SHELL_FORM;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { kind: 'shell', bracket: true };
  }
  if (!Array.isArray(parsed)) return { kind: 'shell', bracket: true };
  return parsed.every((item) => typeof item === 'string') ? { kind: 'exec', values: parsed as string[] } : { kind: 'non-string-array' };
}

/** The range from the start of the first argument to the end of the last, or the keyword when there are none. */
export function argumentsRange(view: InstructionSyntax): Range {
  const { args, instruction } = view;
  if (args.length === 0) return instruction.getInstructionRange();
  return { start: args[0].getRange().start, end: args[args.length - 1].getRange().end };
}

/**
 * The flags the builder accepts on this instruction, or undefined when it never reads them: ARG and
 * STOPSIGNAL drop their flags unread, as does HEALTHCHECK NONE, and an unknown instruction has none.
 */
export function acceptedFlags(view: InstructionSyntax): readonly FlagDoc[] | undefined {
  if (view.keyword === 'ARG' || view.keyword === 'STOPSIGNAL') return undefined;
  if (view.keyword === 'HEALTHCHECK' && view.args[0]?.getValue().toUpperCase() === 'NONE') return undefined;
  return instructionDoc(view.keyword)?.flags;
}

/** `--name` as written, the part of a flag that rules about the flag itself point at. */
export function flagNameRange(flag: BuilderFlag): Range {
  return { start: flag.range.start, end: flag.nameRange.end };
}
