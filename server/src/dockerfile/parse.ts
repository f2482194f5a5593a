/**
 * The one way Berth parses a Dockerfile: dockerfile-ast's parser, with the instruction reads it
 * repeats made once per instruction.
 *
 * dockerfile-ast reads an instruction's words from the text again on every getArguments() call, and
 * most of its other methods (getArgumentsRange, getFlags, getHeredocs, FROM's getImage, ONBUILD's
 * trigger…) start with that call. The parser itself reads each instruction about five times while
 * building it, and the rules many more times: on a 10,000-line file these reads were most of a lint.
 * An instruction's words depend only on its text, which never changes after the parse, so each
 * instruction reads them once here and hands out a fresh copy of the list (ModifiableInstruction's
 * getArguments shifts the flags off the array it gets). Likewise an ONBUILD builds its trigger
 * instruction once, so every rule sees the same trigger object and caches keyed on it hold.
 */
import { DockerfileParser, Instruction, Onbuild, type Argument, type Dockerfile } from 'dockerfile-ast';

/** The parser's own word reader (private in its typings, the root of every words read), and what it read. */
interface WordReader {
  getRawArguments(): Argument[];
  [WORDS]?: Argument[];
}

interface TriggerHolder {
  [TRIGGER]?: Instruction | null;
}

/*
 * Kept on the instructions themselves rather than in WeakMaps: a WeakMap with an entry per instruction
 * made every garbage collection during the parse trace it, and cost as much as the reads it saved.
 */
const WORDS = Symbol('berth.words');
const TRIGGER = Symbol('berth.trigger');

function readOncePerInstruction(): void {
  const reader = Instruction.prototype as unknown as WordReader;
  const readWords = reader.getRawArguments;
  // Another version of dockerfile-ast may read words differently: then it is used as it is.
  if (typeof readWords !== 'function') return;
  reader.getRawArguments = function (this: WordReader): Argument[] {
    return (this[WORDS] ??= readWords.call(this)).slice();
  };
  const buildTrigger = Onbuild.prototype.getTriggerInstruction;
  Onbuild.prototype.getTriggerInstruction = function (this: Onbuild & TriggerHolder): Instruction | null {
    if (this[TRIGGER] === undefined) this[TRIGGER] = buildTrigger.call(this);
    return this[TRIGGER];
  };
}

readOncePerInstruction();

/** Parses a Dockerfile's text (never throws: dockerfile-ast reads anything). */
export function parseDockerfile(text: string): Dockerfile {
  return DockerfileParser.parse(text);
}
