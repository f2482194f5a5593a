/**
 * The one way Berth parses a Dockerfile: dockerfile-ast's parser, with the instruction reads it
 * repeats made once per instruction.
 *
 * dockerfile-ast reads an instruction's words from the text again on every getArguments() call, and
 * most of its other methods (getArgumentsRange, getFlags, getHeredocs, FROM's getImage, ONBUILD's
 * trigger…) start with that call. The parser itself reads each instruction about five times while
 * building it, and the rules many more times: on a 10,000-line file these reads were most of a lint.
 * Its variables are read again on each call too, and FROM's tag and digest methods read them, each
 * variable looking through every instruction of the file for the FROMs. Words and variables depend
 * only on the parsed text, which never changes, so each instruction reads them once here and hands
 * out a fresh copy of the list (ModifiableInstruction's getArguments shifts the flags off the array
 * it gets, LABEL's getVariables splices; FROM's getImageName narrows the range getImageRange gives it,
 * so that range is copied). Likewise an ONBUILD builds its trigger instruction once,
 * so every rule sees the same trigger object and caches keyed on it hold, and the keyword is upper-cased
 * once. Berth's own code that only reads the words takes the remembered lists themselves, without a
 * copy (instructionWords, instructionArguments).
 */
import { DockerfileParser, From, Instruction, Onbuild, type Argument, type Dockerfile } from 'dockerfile-ast';
import type { Range } from 'vscode-languageserver-types';

/*
 * Kept on the instructions themselves rather than in WeakMaps: a WeakMap with an entry per instruction
 * made every garbage collection during the parse trace it, and cost as much as the reads it saved.
 */
const WORDS = Symbol('berth.words');
const ARGUMENTS = Symbol('berth.arguments');
const KEYWORD = Symbol('berth.keyword');
const VARIABLES = Symbol('berth.variables');
const TRIGGER = Symbol('berth.trigger');

type Memo = Record<symbol, unknown>;

/**
 * Makes a prototype's list-returning method compute once per object, each caller getting its own copy,
 * and returns the reader of the list itself (shared, for read-only use). `getRawArguments` is private in
 * dockerfile-ast's typings, hence the name lookup; another version of dockerfile-ast that reads
 * differently, without the method, is left as it is.
 */
function listOncePerInstruction(prototype: object, method: string, key: symbol): ((object: object) => unknown[]) | undefined {
  const methods = prototype as Record<string, unknown>;
  const compute = methods[method];
  if (typeof compute !== 'function') return undefined;
  const read = (object: object): unknown[] => ((object as Memo)[key] ??= compute.call(object)) as unknown[];
  methods[method] = function (this: Memo): unknown[] {
    return read(this).slice();
  };
  return read;
}

const readWords = listOncePerInstruction(Instruction.prototype, 'getRawArguments', WORDS);
listOncePerInstruction(Instruction.prototype, 'getVariables', VARIABLES);

function readOncePerInstruction(): void {
  // FROM's image name and registry methods narrow the image's range in place; with words read once that
  // range is the first word's own, so FROM hands out a copy, as it did when every call read new words.
  const imageRange = From.prototype.getImageRange;
  From.prototype.getImageRange = function (this: From): Range | null {
    const range = imageRange.call(this);
    return range && { start: { ...range.start }, end: { ...range.end } };
  };
  // The keyword is upper-cased anew on every call; rules ask for it per instruction, many times.
  const keyword = Instruction.prototype.getKeyword;
  Instruction.prototype.getKeyword = function (this: Instruction & Memo): string {
    return (this[KEYWORD] ??= keyword.call(this)) as string;
  };
  const buildTrigger = Onbuild.prototype.getTriggerInstruction;
  Onbuild.prototype.getTriggerInstruction = function (this: Onbuild & Memo): Instruction | null {
    if (this[TRIGGER] === undefined) this[TRIGGER] = buildTrigger.call(this);
    return this[TRIGGER] as Instruction | null;
  };
}

readOncePerInstruction();

/**
 * Every word of the instruction as written, flags included (dockerfile-ast's raw arguments), read once
 * and shared rather than copied: for code that only looks at the words.
 */
export function instructionWords(instruction: Instruction): readonly Argument[] {
  return readWords ? (readWords(instruction) as Argument[]) : Instruction.prototype.getArguments.call(instruction);
}

/**
 * The instruction's getArguments() (the words after the flags it recognises, for RUN, COPY and the
 * like), read once and shared rather than copied: for code that only looks at the words.
 */
export function instructionArguments(instruction: Instruction): readonly Argument[] {
  return ((instruction as Instruction & Memo)[ARGUMENTS] ??= instruction.getArguments()) as Argument[];
}

/** Parses a Dockerfile's text (never throws: dockerfile-ast reads anything). */
export function parseDockerfile(text: string): Dockerfile {
  return DockerfileParser.parse(text);
}
