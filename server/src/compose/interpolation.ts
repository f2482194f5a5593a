/**
 * Compose's variable interpolation as `docker compose` applies it to values: `$NAME`, `${NAME}`,
 * `${NAME:-default}`, `${NAME-default}`, `${NAME:?error}`, `${NAME?error}`, `${NAME:+alternative}`,
 * `${NAME+alternative}`, nested in defaults, and `$$` for a literal dollar. A `$` before anything
 * else stays as written; a `${` that is not one of these forms stops Compose.
 */

export type InterpolationOperator = ':-' | '-' | ':?' | '?' | ':+' | '+';

export interface VariableUse {
  name: string;
  /** Offsets (with the scanned text's base added) of the whole `$NAME` or `${...}`. */
  start: number;
  end: number;
  nameStart: number;
  nameEnd: number;
  operator?: InterpolationOperator;
  /** What follows the operator, as written; it may hold nested uses. */
  argument?: string;
  /** Inside another use's argument: only evaluated when that use needs it. */
  nested: boolean;
}

export interface InterpolationProblem {
  start: number;
  end: number;
  message: string;
}

export interface Interpolation {
  uses: VariableUse[];
  problems: InterpolationProblem[];
}

const NAME = /[_a-zA-Z][_a-zA-Z0-9]*/y;
const OPERATORS: readonly InterpolationOperator[] = [':-', ':?', ':+', '-', '?', '+'];

/** True when the text holds anything Compose would substitute (a cheap test before scanning). */
export function mayInterpolate(text: string): boolean {
  return text.includes('$');
}

/** The variable uses in a value, with offsets shifted by `base` (where the value starts in the document). */
export function scanInterpolation(text: string, base = 0): Interpolation {
  const result: Interpolation = { uses: [], problems: [] };
  scan(text, 0, text.length, base, false, result);
  return result;
}

function scan(text: string, from: number, to: number, base: number, nested: boolean, out: Interpolation): void {
  let i = text.indexOf('$', from);
  while (i >= 0 && i < to) {
    const next = text[i + 1];
    if (next === '$') {
      i = text.indexOf('$', i + 2);
      continue;
    }
    if (next === '{') {
      const close = matchingBrace(text, i + 2, to);
      if (close < 0) {
        out.problems.push({ start: base + i, end: base + to, message: 'A `${` is never closed with `}`' });
        return;
      }
      readBraced(text, i, close, base, nested, out);
      i = text.indexOf('$', close + 1);
      continue;
    }
    NAME.lastIndex = i + 1;
    const name = NAME.exec(text);
    if (name && name.index + name[0].length <= to) {
      const end = i + 1 + name[0].length;
      out.uses.push({ name: name[0], start: base + i, end: base + end, nameStart: base + i + 1, nameEnd: base + end, nested });
      i = text.indexOf('$', end);
      continue;
    }
    i = text.indexOf('$', i + 1);
  }
}

/** `${` at `dollar`, `}` at `close`: a name, then nothing or an operator and its argument. */
function readBraced(text: string, dollar: number, close: number, base: number, nested: boolean, out: Interpolation): void {
  const nameStart = dollar + 2;
  NAME.lastIndex = nameStart;
  const name = NAME.exec(text);
  const nameEnd = name ? nameStart + name[0].length : nameStart;
  const operator = name ? OPERATORS.find((op) => text.startsWith(op, nameEnd)) : undefined;
  if (!name || (nameEnd < close && !operator)) {
    out.problems.push({ start: base + dollar, end: base + close + 1, message: `\`${text.slice(dollar, close + 1)}\` is not a valid interpolation (write \`\${NAME}\`, \`\${NAME:-default}\`\u2026)` });
    return;
  }
  const use: VariableUse = { name: name[0], start: base + dollar, end: base + close + 1, nameStart: base + nameStart, nameEnd: base + nameEnd, nested };
  if (operator) {
    const argumentStart = nameEnd + operator.length;
    use.operator = operator;
    use.argument = text.slice(argumentStart, close);
    out.uses.push(use);
    scan(text, argumentStart, close, base, true, out);
    return;
  }
  out.uses.push(use);
}

/** The `}` closing a `${` whose contents start at `from`, counting nested `${ }`; -1 when there is none. */
function matchingBrace(text: string, from: number, to: number): number {
  let depth = 0;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === '$' && text[i + 1] === '{') {
      depth++;
      i++;
    } else if (c === '}') {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}

/** A variable's value, or undefined when it is not set. */
export type VariableLookup = (name: string) => string | undefined;

export interface Substitution {
  value: string;
  /** Names that were needed but not set (their uses became empty text). */
  unset: string[];
  /** The error text of a `${NAME?error}` whose variable is missing: Compose stops with it. */
  error?: string;
}

/** The value Compose would use after substitution. Malformed `${` are left as written. */
export function substitute(text: string, lookup: VariableLookup): Substitution {
  const result: Substitution = { value: '', unset: [] };
  result.value = substituteRange(text, 0, text.length, lookup, result);
  return result;
}

function substituteRange(text: string, from: number, to: number, lookup: VariableLookup, out: Substitution): string {
  let value = '';
  let i = from;
  while (i < to) {
    const dollar = text.indexOf('$', i);
    if (dollar < 0 || dollar >= to) {
      value += text.slice(i, to);
      break;
    }
    value += text.slice(i, dollar);
    const next = text[dollar + 1];
    if (next === '$') {
      value += '$';
      i = dollar + 2;
      continue;
    }
    if (next === '{') {
      const close = matchingBrace(text, dollar + 2, to);
      if (close < 0) {
        value += text.slice(dollar, to);
        break;
      }
      value += substituteBraced(text, dollar, close, lookup, out);
      i = close + 1;
      continue;
    }
    NAME.lastIndex = dollar + 1;
    const name = NAME.exec(text);
    if (name && dollar + 1 + name[0].length <= to) {
      value += valueOf(name[0], lookup, out);
      i = dollar + 1 + name[0].length;
      continue;
    }
    value += '$';
    i = dollar + 1;
  }
  return value;
}

function substituteBraced(text: string, dollar: number, close: number, lookup: VariableLookup, out: Substitution): string {
  NAME.lastIndex = dollar + 2;
  const name = NAME.exec(text);
  if (!name) return text.slice(dollar, close + 1);
  const nameEnd = dollar + 2 + name[0].length;
  if (nameEnd === close) return valueOf(name[0], lookup, out);
  const operator = OPERATORS.find((op) => text.startsWith(op, nameEnd));
  if (!operator) return text.slice(dollar, close + 1);
  const current = lookup(name[0]);
  const argument = () => substituteRange(text, nameEnd + operator.length, close, lookup, out);
  const emptyCounts = operator.startsWith(':');
  const missing = current === undefined || (emptyCounts && current === '');
  switch (operator) {
    case ':-':
    case '-':
      return missing ? argument() : current!;
    case ':?':
    case '?':
      if (missing) {
        out.error ??= argument() || `required variable ${name[0]} is missing a value`;
        return '';
      }
      return current!;
    default:
      return missing ? '' : argument();
  }
}

function valueOf(name: string, lookup: VariableLookup, out: Substitution): string {
  const value = lookup(name);
  if (value === undefined) {
    if (!out.unset.includes(name)) out.unset.push(name);
    return '';
  }
  return value;
}

/** True when a use can go without its variable: it has a default or an alternative. */
export function hasFallback(use: VariableUse): boolean {
  return use.operator === ':-' || use.operator === '-' || use.operator === ':+' || use.operator === '+';
}
