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

interface Word {
  value: string;
  raw: string;
  /** Where the word starts in the script, and where it ends (exclusive). */
  start: number;
  end: number;
}

type Token = { kind: 'word'; word: Word } | { kind: 'operator'; text: string };

function tokenize(script: string): Token[] {
  const tokens: Token[] = [];
  let value = '';
  let raw = '';
  let inWord = false;
  let start = 0;
  const endWord = () => {
    if (inWord) tokens.push({ kind: 'word', word: { value, raw, start, end: i } });
    value = '';
    raw = '';
    inWord = false;
  };
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
      if (!inWord) start = i;
      inWord = true;
      value += script[i + 1] ?? '';
      raw += script.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (c === "'" || c === '"') {
      if (!inWord) start = i;
      inWord = true;
      const close = findClosingQuote(script, i);
      const body = script.slice(i + 1, close);
      value += c === '"' ? body.replace(/\\(["\\$`])/g, '$1') : body;
      raw += script.slice(i, close + 1);
      i = close + 1;
      continue;
    }
    if (c === '$' && script[i + 1] === '(') {
      // Command substitution stays inside the word; its commands are read separately.
      const close = findClosingParen(script, i + 1);
      if (!inWord) start = i;
      inWord = true;
      value += script.slice(i, close + 1);
      raw += script.slice(i, close + 1);
      i = close + 1;
      continue;
    }
    if (c === '#' && !inWord) {
      while (i < script.length && script[i] !== '\n') i++;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r') {
      endWord();
      i++;
      continue;
    }
    const operator = readOperator(script, i);
    if (operator) {
      endWord();
      tokens.push({ kind: 'operator', text: operator });
      i += operator.length;
      continue;
    }
    if (!inWord) start = i;
    inWord = true;
    // The ordinary characters from here join the word in one piece.
    let end = i + 1;
    while (end < script.length && !ENDS_PLAIN_RUN.has(script[end])) end++;
    const plain = script.slice(i, end);
    value += plain;
    raw += plain;
    i = end;
  }
  endWord();
  return tokens;
}

/** The characters the tokenizer looks at one by one: quotes, escapes, substitutions, blanks and operators. */
const ENDS_PLAIN_RUN = new Set(['\\', "'", '"', '$', ' ', '\t', '\r', '\n', ';', '|', '&', '(', ')']);

function readOperator(script: string, i: number): string | undefined {
  const two = script.slice(i, i + 2);
  if (two === '&&' || two === '||' || two === ';;') return two;
  const c = script[i];
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
  return readCommands(script, 0);
}

/** Where one word of a command lies in the script: start offset, end offset (exclusive). */
export interface WordSpan {
  start: number;
  end: number;
}

/**
 * Where each command's words lie, kept beside the commands rather than in them so that a
 * ShellCommand stays the plain value callers compare; filled by parseShell.
 */
const spansByCommand = new WeakMap<ShellCommand, readonly WordSpan[]>();

/**
 * Where each of the command's raw words (program first) lies in the script that was given to
 * parseShell, so a rule can point at a word; undefined for commands parseShell did not make.
 */
export function wordSpans(command: ShellCommand): readonly WordSpan[] | undefined {
  return spansByCommand.get(command);
}

/** `base` is where `script` starts in the outermost script; undefined when that is not known. */
function readCommands(script: string, base: number | undefined): ShellCommand[] {
  const commands: ShellCommand[] = [];
  let words: Word[] = [];
  const flush = (followedBy: string) => {
    while (words.length > 0 && (RESERVED_PREFIXES.has(words[0].raw) || ASSIGNMENT.test(words[0].raw))) words.shift();
    if (words.length > 0 && !(words.length === 1 && RESERVED_ALONE.has(words[0].raw))) {
      const command: ShellCommand = {
        name: words[0].value,
        args: words.slice(1).map((w) => w.value),
        rawWords: words.map((w) => w.raw),
        followedBy,
      };
      if (base !== undefined) spansByCommand.set(command, words.map((w) => ({ start: base + w.start, end: base + w.end })));
      commands.push(command);
    }
    words = [];
  };
  for (const token of tokenize(script)) {
    if (token.kind === 'operator') flush(token.text);
    else {
      words.push(token.word);
      if (!token.word.raw.includes('$(')) continue;
      // A line continuation inside the word leaves its raw text apart from the script; offsets into it are then unknown.
      const rawIsContiguous = base !== undefined && script.startsWith(token.word.raw, token.word.start);
      for (const inner of token.word.raw.matchAll(/\$\(([^]*)\)/g)) {
        const innerBase = rawIsContiguous ? base + token.word.start + (inner.index ?? 0) + 2 : undefined;
        commands.push(...readCommands(inner[1], innerBase));
      }
    }
  }
  flush('end');
  return commands;
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
  return command.args.some((arg) =>
    names.some((name) =>
      name.length === 1
        ? /^-[A-Za-z0-9]+$/.test(arg) && arg.slice(1).includes(name)
        : arg === `--${name}` || arg.startsWith(`--${name}=`),
    ),
  );
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
