/**
 * Variable expansion in one word of a Dockerfile instruction, as BuildKit's frontend performs it
 * before an instruction runs: `$NAME`, `${NAME}` and the `${NAME:-word}`, `:+`, `:?`, `#`, `%` and
 * `/pattern/replacement` forms, with single quotes taking text literally, double quotes still
 * expanding, the escape character protecting the next character, and line continuations joined.
 *
 * dockerfile-ast lists variables too, but it ignores quoting and does not look inside a default
 * (`${A:-$B}` reads B as well), and BuildKit's build checks depend on both; so the variable
 * module reads words with this scanner and dockerfile-ast supplies where the words are.
 */

/** One `$NAME` or `${NAME…}` in the scanned text, by offsets into it (end exclusive). */
export interface VariableReference {
  name: string;
  start: number;
  end: number;
  nameStart: number;
  nameEnd: number;
}

/**
 * What a name expands to: a string when the file tells its value, `null` when it is set but its
 * value comes from outside the file (a build argument, the base image), `undefined` when unset.
 */
export type ValueLookup = (name: string) => string | null | undefined;

export interface Expansion {
  /** The expanded word, or null when it depends on a value the file does not tell. */
  value: string | null;
  /** Every variable the expansion looked up, in text order (`${A:-$B}` looks up both). */
  references: VariableReference[];
}

export interface ExpansionOptions {
  escapeChar: string;
  /**
   * Heredoc bodies are expanded raw: quotes are ordinary characters and there are no line
   * continuations to join.
   */
  raw?: boolean;
}

/** Expands `text` with `lookup`. Malformed input (an unclosed quote or `${`) never throws. */
export function expandWord(text: string, lookup: ValueLookup, options: ExpansionOptions): Expansion {
  const scanner = new WordScanner(text, lookup, options.escapeChar, options.raw ?? false);
  const value = scanner.readUntil(undefined);
  const references = scanner.references.sort((a, b) => a.start - b.start);
  return { value: scanner.dependsOnUnknown ? null : value, references };
}

/** Just the references, for callers that need no value. */
export function variableReferences(text: string, options: ExpansionOptions): VariableReference[] {
  return expandWord(text, () => undefined, options).references;
}

const SPECIAL_PARAMETERS = new Set(['@', '*', '#', '?', '-', '$', '!', '0']);
const NAME_CHARACTER = /[\p{L}\p{N}_]/u;

/** A letter, digit or underscore, in any script; ASCII answered without the regular expression. */
function isNameCharacter(ch: string): boolean {
  if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch === '_') return true;
  return ch > '\x7f' && NAME_CHARACTER.test(ch);
}

class WordScanner {
  private index = 0;
  readonly references: VariableReference[] = [];
  dependsOnUnknown = false;

  constructor(
    private readonly text: string,
    private readonly lookup: ValueLookup,
    private readonly escape: string,
    private readonly raw: boolean,
  ) {}

  /** Reads up to `stop` (consumed) or the end, expanding as it goes. */
  readUntil(stop: string | undefined): string {
    let out = '';
    while (this.index < this.text.length) {
      if (!this.raw && this.skipContinuation()) continue;
      const ch = this.text[this.index];
      if (ch === stop) {
        this.index++;
        return out;
      }
      if (ch === '$') out += this.readDollar();
      else if (!this.raw && ch === "'") out += this.readSingleQuoted();
      else if (!this.raw && ch === '"') out += this.readDoubleQuoted();
      else if (ch === this.escape) {
        this.index++;
        if (this.index < this.text.length) out += this.text[this.index++];
      } else out += this.readPlain(stop, !this.raw);
    }
    return out;
  }

  /**
   * The ordinary characters from here, taken in one piece: up to `stop`, a `$`, the escape character
   * or, when `quotes` is set, a quote.
   */
  private readPlain(stop: string | undefined, quotes: boolean): string {
    const start = this.index;
    let end = start + 1;
    for (; end < this.text.length; end++) {
      const ch = this.text[end];
      if (ch === stop || ch === '$' || ch === this.escape || (quotes && (ch === "'" || ch === '"'))) break;
    }
    this.index = end;
    return this.text.slice(start, end);
  }

  /**
   * The builder joins a line ending in the escape character with the next one, dropping comment
   * and blank lines in between, before it expands anything.
   */
  private skipContinuation(): boolean {
    if (this.text[this.index] !== this.escape) return false;
    const match = /^[ \t]*\r?\n/.exec(this.text.slice(this.index + 1, this.index + 200));
    if (!match) return false;
    this.index += 1 + match[0].length;
    for (;;) {
      const lineEnd = this.text.indexOf('\n', this.index);
      const line = this.text.slice(this.index, lineEnd < 0 ? this.text.length : lineEnd);
      const trimmed = line.trim();
      if (lineEnd < 0 || (trimmed !== '' && !trimmed.startsWith('#'))) return true;
      this.index = lineEnd + 1;
    }
  }

  private readSingleQuoted(): string {
    const close = this.text.indexOf("'", this.index + 1);
    const end = close < 0 ? this.text.length : close;
    const literal = this.text.slice(this.index + 1, end);
    this.index = end + 1;
    return literal;
  }

  private readDoubleQuoted(): string {
    let out = '';
    this.index++;
    while (this.index < this.text.length) {
      if (this.skipContinuation()) continue;
      const ch = this.text[this.index];
      if (ch === '"') {
        this.index++;
        return out;
      }
      if (ch === '$') {
        out += this.readDollar();
        continue;
      }
      if (ch !== this.escape) {
        out += this.readPlain('"', false);
        continue;
      }
      this.index++;
      const next = this.text[this.index];
      if (next === '"' || next === '$' || next === this.escape) out += this.text[this.index++];
      else out += ch;
    }
    return out;
  }

  private readName(): string {
    const start = this.index;
    const first = this.text[start];
    if (first >= '0' && first <= '9') {
      while (this.index < this.text.length && this.text[this.index] >= '0' && this.text[this.index] <= '9') this.index++;
      return this.text.slice(start, this.index);
    }
    if (first !== undefined && SPECIAL_PARAMETERS.has(first)) {
      this.index++;
      return first;
    }
    while (this.index < this.text.length && isNameCharacter(this.text[this.index])) this.index++;
    return this.text.slice(start, this.index);
  }

  private resolve(name: string, start: number, nameStart: number, nameEnd: number, end: number): string | undefined {
    this.references.push({ name, start, end, nameStart, nameEnd });
    const value = this.lookup(name);
    if (value === null) {
      this.dependsOnUnknown = true;
      return '';
    }
    return value;
  }

  private readDollar(): string {
    const start = this.index++;
    if (this.text[this.index] !== '{') {
      const nameStart = this.index;
      const name = this.readName();
      if (name === '') return '$';
      return this.resolve(name, start, nameStart, this.index, this.index) ?? '';
    }
    this.index++;
    const next = this.text[this.index];
    if (next === undefined || next === '{' || next === '}' || next === ':') return ''; // bad substitution: the build fails
    const nameStart = this.index;
    const name = this.readName();
    const nameEnd = this.index;
    let operator = this.text[this.index++] ?? '';
    if (operator === '}') return this.resolve(name, start, nameStart, nameEnd, this.index) ?? '';
    const nullIsUnset = operator === ':';
    if (nullIsUnset) operator = this.text[this.index++] ?? '';
    if (operator === '/') return this.readReplacement(name, start, nameStart, nameEnd);
    if (!'+-?#%'.includes(operator) || operator === '') return '';
    const doubled = (operator === '#' || operator === '%') && this.text[this.index] === operator;
    if (doubled) this.index++;
    // The word is expanded before the variable is looked up, so names inside it count as used.
    const word = this.readUntil('}');
    const value = this.resolve(name, start, nameStart, nameEnd, this.index);
    const empty = value === undefined || (nullIsUnset && value === '');
    switch (operator) {
      case '-':
        return empty ? word : (value ?? '');
      case '+':
        return empty ? '' : word;
      case '?':
        return value ?? ''; // unset here stops the build; the value no longer matters
      default:
        return trimPattern(value ?? '', word, operator === '#' ? 'prefix' : 'suffix', doubled);
    }
  }

  private readReplacement(name: string, start: number, nameStart: number, nameEnd: number): string {
    const all = this.text[this.index] === '/';
    if (all) this.index++;
    const pattern = this.readUntil('/');
    const replacement = this.readUntil('}');
    const value = this.resolve(name, start, nameStart, nameEnd, this.index) ?? '';
    return value.replace(globToRegExp(pattern, true, all ? 'g' : ''), () => replacement);
  }
}

/** A shell pattern (`*`, `?`, `\` escapes) as regular-expression source. */
function globSource(pattern: string, greedy: boolean): string {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '*') source += greedy ? '.*' : '.*?';
    else if (ch === '?') source += '.';
    else if (ch === '\\' && i + 1 < pattern.length) source += escapeRegExp(pattern[++i]);
    else source += escapeRegExp(ch);
  }
  return source;
}

function globToRegExp(pattern: string, greedy: boolean, flags: string): RegExp {
  return new RegExp(globSource(pattern, greedy), flags);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** `${v#p}`, `${v##p}`, `${v%p}`, `${v%%p}`: the shortest or longest match removed from one end. */
function trimPattern(value: string, pattern: string, end: 'prefix' | 'suffix', longest: boolean): string {
  if (end === 'prefix') {
    const match = new RegExp(`^(?:${globSource(pattern, longest)})`).exec(value);
    return match ? value.slice(match[0].length) : value;
  }
  // A suffix match is tried from each start position: the earliest that matches is the longest.
  const whole = new RegExp(`^(?:${globSource(pattern, true)})$`);
  const starts = [...Array(value.length + 1).keys()];
  for (const start of longest ? starts : starts.reverse()) {
    if (whole.test(value.slice(start))) return value.slice(0, start);
  }
  return value;
}
