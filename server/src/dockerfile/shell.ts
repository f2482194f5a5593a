/**
 * A small POSIX-shell reader for RUN scripts: enough to see which commands run with which words.
 * It is not a shell parser (hadolint uses ShellCheck's); it splits a script into simple commands on
 * control operators, honours quotes, escapes, comments and line continuations, and drops
 * reserved words and variable assignments in front of a command. Rules ask it questions such as
 * "is `apt-get install` run without `-y`?".
 */

export interface ShellCommand {
  /** The program, as written (`apt-get`, `/usr/bin/pip3`). */
  name: string;
  /** The words after the program, with quotes removed. */
  args: string[];
  /** Every word of the command, program first, as written (quotes kept). */
  rawWords: string[];
  /** The control operator that follows the command: `&&`, `||`, `;`, `|`, `&`, newline or end. */
  followedBy: string;
}

const RESERVED_PREFIXES = new Set(['if', 'then', 'else', 'elif', 'do', 'while', 'until', '!', '{', '(', 'time', 'exec']);
const RESERVED_ALONE = new Set(['fi', 'done', '}', ')', 'esac']);
const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;

/** The characters the reader looks at one by one: quotes, escapes, substitutions, blanks and operators. */
const ENDS_PLAIN_RUN = new Set(['\\', "'", '"', '$', ' ', '\t', '\r', '\n', ';', '|', '&', '(', ')']);

function readOperator(script: string, i: number): string | undefined {
  const c = script[i];
  const next = script[i + 1];
  if ((c === '&' || c === '|' || c === ';') && next === c) return c === '&' ? '&&' : c === '|' ? '||' : ';;';
  if (c === ';' || c === '|' || c === '&' || c === '\n' || c === '(' || c === ')') return c;
  return undefined;
}

function findClosingQuote(script: string, open: number): number {
  const quote = script[open];
  for (let i = open + 1; i < script.length; i++) {
    if (quote === '"' && script[i] === '\\') {
      i++;
      continue;
    }
    if (script[i] === quote) return i;
  }
  return script.length;
}

function findClosingParen(script: string, open: number): number {
  let depth = 0;
  for (let i = open; i < script.length; i++) {
    if (script[i] === '(') depth++;
    else if (script[i] === ')' && --depth === 0) return i;
  }
  return script.length;
}

/** Splits a shell script into its simple commands, in order, including those inside `$(...)`. */
export function parseShell(script: string): ShellCommand[] {
  return parseShellPlaced(script).commands;
}

/** Where one word of a command lies in the script: start offset, end offset (exclusive). */
export interface WordSpan {
  start: number;
  end: number;
}

/** Where each word of one command lies in the script, program first. */
export class WordSpans {
  /** `offsets` holds the start and end of each word in turn. */
  constructor(private readonly offsets: readonly number[]) {}

  get length(): number {
    return this.offsets.length / 2;
  }

  /** Word `index`'s span; undefined past the last word. */
  at(index: number): WordSpan | undefined {
    if (index < 0 || 2 * index >= this.offsets.length) return undefined;
    return { start: this.offsets[2 * index], end: this.offsets[2 * index + 1] };
  }
}

/**
 * The commands of parseShell, and beside them (`spans[i]` for `commands[i]`, so that a ShellCommand
 * stays the plain value callers compare) where their words lie in the script: undefined for a command
 * inside a `$(...)` whose text a line continuation breaks apart from the script.
 */
export interface PlacedCommands {
  commands: ShellCommand[];
  spans: (WordSpans | undefined)[];
}

/** parseShell, with where each command's words lie in the script, so a rule can point at a word. */
export function parseShellPlaced(script: string): PlacedCommands {
  const placed: PlacedCommands = { commands: [], spans: [] };
  new CommandReader(script, 0, placed).read();
  return placed;
}

/**
 * Reads a script's commands word by word, without building a token list first: this runs for every
 * RUN of a file. `base` is where the script starts in the outermost script; undefined when that is
 * not known. Commands inside `$(...)` are read by readers of their own, and come before the command
 * whose word holds them.
 */
class CommandReader {
  // The command being read, program first: its words' values, raw texts and script offsets (start and end of each in turn).
  private values: string[] = [];
  private raws: string[] = [];
  private offsets: number[] = [];
  // The word being read.
  private value = '';
  private raw = '';
  private inWord = false;
  private start = 0;

  constructor(
    private readonly script: string,
    private readonly base: number | undefined,
    private readonly placed: PlacedCommands,
  ) {}

  read(): void {
    const script = this.script;
    let i = 0;
    while (i < script.length) {
      const c = script[i];
      if (c === '\\') {
        if (script[i + 1] === '\n') {
          i += 2;
          continue;
        }
        if (script[i + 1] === '\r' && script[i + 2] === '\n') {
          i += 3;
          continue;
        }
        this.continueWord(i);
        this.value += script[i + 1] ?? '';
        this.raw += script.slice(i, i + 2);
        i += 2;
        continue;
      }
      if (c === "'" || c === '"') {
        this.continueWord(i);
        const close = findClosingQuote(script, i);
        const body = script.slice(i + 1, close);
        this.value += c === '"' && body.includes('\\') ? body.replace(/\\(["\\$`])/g, '$1') : body;
        this.raw += script.slice(i, close + 1);
        i = close + 1;
        continue;
      }
      if (c === '$' && script[i + 1] === '(') {
        // Command substitution stays inside the word; its commands are read separately.
        const close = findClosingParen(script, i + 1);
        this.continueWord(i);
        const substitution = script.slice(i, close + 1);
        this.value += substitution;
        this.raw += substitution;
        i = close + 1;
        continue;
      }
      if (c === '#' && !this.inWord) {
        while (i < script.length && script[i] !== '\n') i++;
        continue;
      }
      if (c === ' ' || c === '\t' || c === '\r') {
        this.endWord(i);
        i++;
        continue;
      }
      const operator = readOperator(script, i);
      if (operator) {
        this.endWord(i);
        this.endCommand(operator);
        i += operator.length;
        continue;
      }
      this.continueWord(i);
      // The ordinary characters from here join the word in one piece.
      let end = i + 1;
      while (end < script.length && !ENDS_PLAIN_RUN.has(script[end])) end++;
      const plain = script.slice(i, end);
      this.value += plain;
      this.raw += plain;
      i = end;
    }
    this.endWord(i);
    this.endCommand('end');
  }

  /** Starts a word at `at` unless one is being read. */
  private continueWord(at: number): void {
    if (this.inWord) return;
    this.inWord = true;
    this.start = at;
  }

  private endWord(end: number): void {
    if (!this.inWord) return;
    const { raw, start } = this;
    this.values.push(this.value);
    this.raws.push(raw);
    this.offsets.push(start, end);
    this.value = '';
    this.raw = '';
    this.inWord = false;
    if (raw.includes('$(')) this.readSubstitutions(raw, start);
  }

  /** Reads the commands of each `$(...)` in a word, placed in the outer script when the word's text lies in it unbroken. */
  private readSubstitutions(raw: string, start: number): void {
    // A line continuation inside the word leaves its raw text apart from the script; offsets into it are then unknown.
    const base = this.base !== undefined && this.script.startsWith(raw, start) ? this.base + start : undefined;
    for (const inner of raw.matchAll(/\$\(([^]*)\)/g)) {
      new CommandReader(inner[1], base === undefined ? undefined : base + (inner.index ?? 0) + 2, this.placed).read();
    }
  }

  /** Ends the command being read, followed by `followedBy`; reserved words and assignments in front of it are not part of it. */
  private endCommand(followedBy: string): void {
    const { values, raws, offsets } = this;
    let first = 0;
    while (first < raws.length && (RESERVED_PREFIXES.has(raws[first]) || ASSIGNMENT.test(raws[first]))) first++;
    const count = raws.length - first;
    if (count > 0 && !(count === 1 && RESERVED_ALONE.has(raws[first]))) {
      const command: ShellCommand = { name: values[first], args: values.slice(first + 1), rawWords: first === 0 ? raws : raws.slice(first), followedBy };
      let spans: WordSpans | undefined;
      if (this.base !== undefined) {
        const placed = first === 0 ? offsets : offsets.slice(2 * first);
        for (let k = 0; k < placed.length; k++) placed[k] += this.base;
        spans = new WordSpans(placed);
      }
      this.placed.commands.push(command);
      this.placed.spans.push(spans);
    }
    if (raws.length > 0) {
      this.values = [];
      this.raws = [];
      this.offsets = [];
    }
  }
}

/** The program's base name: `/usr/bin/pip3` is `pip3`. */
export function programName(command: ShellCommand): string {
  return command.name.slice(command.name.lastIndexOf('/') + 1);
}

/**
 * True when the command carries any of the flags. A one-letter name matches `-y` and grouped
 * short flags (`-qy`); a longer name matches `--name` and `--name=value`.
 */
export function hasFlag(command: ShellCommand, ...names: string[]): boolean {
  return command.args.some((arg) => {
    if (!arg.startsWith('-')) return false;
    const shortGroup = /^-[A-Za-z0-9]+$/.test(arg);
    return names.some((name) => (name.length === 1 ? shortGroup && arg.includes(name, 1) : isLongOption(arg, name)));
  });
}

/** True when the word is `--name` or `--name=value`. */
export function isLongOption(arg: string, name: string): boolean {
  return arg.startsWith('--') && arg.startsWith(name, 2) && (arg.length === name.length + 2 || arg[name.length + 2] === '=');
}

/** The value of `--name=value`, `--name value` or `-n value`, if the flag is present. */
export function flagValue(command: ShellCommand, ...names: string[]): string | undefined {
  for (let i = 0; i < command.args.length; i++) {
    const arg = command.args[i];
    for (const name of names) {
      const flag = name.length === 1 ? `-${name}` : `--${name}`;
      if (arg === flag) return command.args[i + 1];
      if (arg.startsWith(`${flag}=`)) return arg.slice(flag.length + 1);
    }
  }
  return undefined;
}

/** The words that are not flags (do not start with `-`). */
export function positionalArgs(command: ShellCommand): string[] {
  return command.args.filter((arg) => !arg.startsWith('-'));
}

/**
 * True when the command is `program` (by base name, any of the given names) and its first positional
 * word is `subcommand` (if given): `isCommand(c, ['apt-get', 'apt'], 'install')`.
 */
export function isCommand(command: ShellCommand, programs: string | readonly string[], subcommand?: string): boolean {
  const names = typeof programs === 'string' ? [programs] : programs;
  if (!names.includes(programName(command))) return false;
  return subcommand === undefined || positionalArgs(command)[0] === subcommand;
}
