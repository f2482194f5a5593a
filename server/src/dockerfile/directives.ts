/**
 * Parser directives (`# syntax=…`, `# escape=…`, `# check=…`) read the way the builder reads them:
 * only at the very top of the file, one per comment line, and the first line that is not a
 * well-formed directive (a plain comment, a blank line, an instruction) ends the block.
 * dockerfile-ast is looser here (it takes `# hadolint ignore=X` for a directive), so rules and the
 * runner use this reader.
 */

export interface ParserDirective {
  /** Lower-cased name, as the builder compares it. */
  name: string;
  value: string;
  line: number;
  /** Character offsets within the line. */
  nameStart: number;
  nameEnd: number;
  valueStart: number;
  valueEnd: number;
}

const DIRECTIVE = /^(\s*#\s*)([A-Za-z][A-Za-z0-9_-]*)(\s*=\s*)(.*?)\s*$/;

/** The directives names the builder knows; any other name in the block is an ordinary comment. */
export const KNOWN_DIRECTIVES = ['syntax', 'escape', 'check'] as const;

export function parseDirectives(lines: readonly string[]): ParserDirective[] {
  const directives: ParserDirective[] = [];
  for (let line = 0; line < lines.length; line++) {
    const text = line === 0 ? lines[0].replace(/^\uFEFF/, '') : lines[line];
    const offset = lines[line].length - text.length;
    const match = DIRECTIVE.exec(text);
    if (!match) break;
    const [, lead, name, separator, value] = match;
    const nameStart = offset + lead.length;
    const valueStart = nameStart + name.length + separator.length;
    directives.push({
      name: name.toLowerCase(),
      value,
      line,
      nameStart,
      nameEnd: nameStart + name.length,
      valueStart,
      valueEnd: valueStart + value.length,
    });
  }
  return directives;
}

/** BuildKit's `# check=skip=A,B;error=true` directive, read into its two settings. */
export interface CheckDirective {
  /** Check names to skip; `all` skips every BuildKit check. */
  skip: string[];
  /** Experimental check names to run; `all` runs every one. */
  experimental: string[];
  error: boolean;
}

export function readCheckDirective(directives: readonly ParserDirective[]): CheckDirective | undefined {
  const directive = directives.find((d) => d.name === 'check');
  if (!directive) return undefined;
  const result: CheckDirective = { skip: [], experimental: [], error: false };
  for (const part of directive.value.split(';')) {
    const [key, value = ''] = part.split('=').map((s) => s.trim());
    const names = value.split(',').map((s) => s.trim()).filter(Boolean);
    if (key === 'skip') result.skip.push(...names);
    else if (key === 'experimental') result.experimental.push(...names);
    else if (key === 'error') result.error = value === 'true';
  }
  return result;
}
