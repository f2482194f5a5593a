import { substitute, type VariableLookup } from './interpolation';

/**
 * `.env` and `env_file` files as Compose reads them: `KEY=value` lines (or `KEY: value`), an
 * optional `export ` before the key, `#` comments, single quotes taken literally, double quotes with
 * `\n`-style escapes that may span lines, and `${VAR}` in unquoted or double-quoted values
 * substituted from the variables above (or the given lookup).
 */

export interface DotenvEntry {
  name: string;
  value: string;
  /** 0-based line of the key. */
  line: number;
}

const LINE = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*(?:([=:])\s?(.*))?$/;
const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', '\\': '\\', '"': '"', $: '$' };

export function parseDotenv(text: string, outside: VariableLookup = () => undefined): DotenvEntry[] {
  const entries: DotenvEntry[] = [];
  const known = new Map<string, string>();
  const lookup: VariableLookup = (name) => known.get(name) ?? outside(name);
  const lines = text.split(/\r?\n/);
  for (let index = 0; index < lines.length; index++) {
    const match = LINE.exec(lines[index]);
    if (!match) continue;
    const [, name, separator, rest = ''] = match;
    // A bare name takes its value from the environment Compose runs in.
    if (!separator) {
      const value = outside(name);
      if (value !== undefined) entries.push({ name, value, line: index });
      continue;
    }
    const raw = rest.trimStart();
    let value: string;
    if (raw.startsWith("'")) {
      const close = raw.indexOf("'", 1);
      value = close < 0 ? raw.slice(1) : raw.slice(1, close);
    } else if (raw.startsWith('"')) {
      let body = raw.slice(1);
      let line = index;
      // A double-quoted value goes on until its closing quote, over several lines if need be.
      while (closingQuote(body) < 0 && line + 1 < lines.length) body += `\n${lines[++line]}`;
      const close = closingQuote(body);
      const quoted = close < 0 ? body : body.slice(0, close);
      value = substitute(quoted.replace(/\\(.)/g, (all, c: string) => ESCAPES[c] ?? all), lookup).value;
      entries.push({ name, value, line: index });
      known.set(name, value);
      index = line;
      continue;
    } else {
      value = substitute(raw.replace(/\s+#.*$/, '').trimEnd(), lookup).value;
    }
    entries.push({ name, value, line: index });
    known.set(name, value);
  }
  return entries;
}

/** The index of the first unescaped `"`, or -1. */
function closingQuote(text: string): number {
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i;
  }
  return -1;
}
