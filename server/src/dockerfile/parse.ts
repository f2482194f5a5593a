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
 * so every rule sees the same trigger object and caches keyed on it hold.
 */
import { DockerfileParser, From, Instruction, Onbuild, type Dockerfile } from 'dockerfile-ast';
import type { Range } from 'vscode-languageserver-types';

/*
 * Kept on the instructions themselves rather than in WeakMaps: a WeakMap with an entry per instruction
 * made every garbage collection during the parse trace it, and cost as much as the reads it saved.
 */
const WORDS = Symbol('berth.words');
const VARIABLES = Symbol('berth.variables');
const TRIGGER = Symbol('berth.trigger');

type Memo = Record<symbol, unknown>;

/**
 * Makes a prototype's list-returning method compute once per object, each caller getting its own copy.
 * `getRawArguments` is private in dockerfile-ast's typings, hence the name lookup; another version of
 * dockerfile-ast that reads differently, without the method, is left as it is.
 */
function listOncePerInstruction(prototype: object, method: string, key: symbol): void {
  const methods = prototype as Record<string, unknown>;
  const compute = methods[method];
  if (typeof compute !== 'function') return;
  methods[method] = function (this: Memo): unknown[] {
    return ((this[key] ??= compute.call(this)) as unknown[]).slice();
  };
}

function readOncePerInstruction(): void {
  listOncePerInstruction(Instruction.prototype, 'getRawArguments', WORDS);
  listOncePerInstruction(Instruction.prototype, 'getVariables', VARIABLES);
  // FROM's image name and registry methods narrow the image's range in place; with words read once that
  // range is the first word's own, so FROM hands out a copy, as it did when every call read new words.
  const imageRange = From.prototype.getImageRange;
  From.prototype.getImageRange = function (this: From): Range | null {
    const range = imageRange.call(this);
    return range && { start: { ...range.start }, end: { ...range.end } };
  };
  const buildTrigger = Onbuild.prototype.getTriggerInstruction;
  Onbuild.prototype.getTriggerInstruction = function (this: Onbuild & Memo): Instruction | null {
    if (this[TRIGGER] === undefined) this[TRIGGER] = buildTrigger.call(this);
    return this[TRIGGER] as Instruction | null;
  };
}

readOncePerInstruction();

/** Parses a Dockerfile's text (never throws: dockerfile-ast reads anything). */
export function parseDockerfile(text: string): Dockerfile {
  return DockerfileParser.parse(text);
}
