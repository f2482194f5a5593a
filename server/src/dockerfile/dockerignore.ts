/**
 * `.dockerignore` patterns, read and matched the way Docker excludes files from the build context:
 * lines starting with `#` are comments, each pattern is trimmed and cleaned like a path (a leading
 * `/` dropped), `*` and `?` stay within one path element, `**` spans any number of them, `!` re-includes
 * what earlier lines excluded (the last matching line wins), and a path is excluded when it or one
 * of its parent directories matches.
 */
import { posix } from 'node:path';

export interface DockerignorePattern {
  /** The cleaned pattern, without its `!`. */
  pattern: string;
  /** A `!` line: re-includes what it matches. */
  exception: boolean;
  /** 0-based line in the file. */
  line: number;
}

/** Cleans a path as Go's filepath.Clean does: no `.`, no `x/..`, no doubled or trailing `/`. */
export function cleanPath(path: string): string {
  const normalized = posix.normalize(path);
  return normalized.length > 1 && normalized.endsWith('/') ? normalized.slice(0, -1) : normalized;
}

/** The patterns of a `.dockerignore`, in order. */
export function readDockerignore(lines: readonly string[]): DockerignorePattern[] {
  const patterns: DockerignorePattern[] = [];
  lines.forEach((text, line) => {
    const raw = line === 0 ? text.replace(/^\uFEFF/, '') : text;
    // A comment is a line that starts with `#` before any trimming.
    if (raw.startsWith('#')) return;
    let pattern = raw.trim();
    const exception = pattern.startsWith('!');
    if (exception) pattern = pattern.slice(1).trim();
    if (pattern === '') return;
    pattern = cleanPath(pattern);
    if (pattern.length > 1 && pattern.startsWith('/')) pattern = pattern.slice(1);
    patterns.push({ pattern, exception, line });
  });
  return patterns;
}

type Matcher = (path: string) => boolean;

/**
 * One pattern as a test on a cleaned, slash-separated path. Docker picks exact, prefix (`dir/**`),
 * suffix (`**\/name`) or regular-expression matching from the pattern's shape; each is kept here
 * because they differ at the edges (`**name` matches any path ending in `name`).
 */
function compilePattern(pattern: string): Matcher | undefined {
  let source = '^';
  let kind: 'exact' | 'prefix' | 'suffix' | 'regexp' = 'exact';
  const chars = [...pattern];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    if (ch === '*' && chars[i + 1] === '*') {
      const start = i;
      i++;
      if (chars[i + 1] === '/') i++;
      if (i + 1 >= chars.length) {
        if (kind === 'exact') kind = 'prefix';
        else {
          source += '.*';
          kind = 'regexp';
        }
      } else {
        source += '(.*/)?';
        kind = 'regexp';
      }
      if (start === 0) kind = 'suffix';
    } else if (ch === '*') {
      source += '[^/]*';
      kind = 'regexp';
    } else if (ch === '?') {
      source += '[^/]';
      kind = 'regexp';
    } else if ('.+()|{}$'.includes(ch)) {
      source += `\\${ch}`;
    } else if (ch === '\\') {
      if (i + 1 < chars.length) {
        // Letters and digits keep their class meaning (`\d`); any other escaped character is literal.
        const next = chars[++i];
        source += /[A-Za-z0-9]/.test(next) ? `\\${next}` : next.replace(/[\^$\\.*+?()[\]{}|/]/, '\\$&');
        kind = 'regexp';
      } else source += '\\\\';
    } else if (ch === '[' || ch === ']') {
      source += ch;
      kind = 'regexp';
    } else {
      source += ch;
    }
  }
  switch (kind) {
    case 'exact':
      return (path) => path === pattern;
    case 'prefix': {
      const prefix = pattern.slice(0, -2);
      return (path) => path.startsWith(prefix);
    }
    case 'suffix': {
      const suffix = pattern.slice(2);
      return (path) => path.endsWith(suffix) || (suffix.startsWith('/') && path === suffix.slice(1));
    }
    default:
      try {
        const regex = new RegExp(`${source}$`, 'u');
        return (path) => regex.test(path);
      } catch {
        // Docker fails the match on a malformed pattern; here the pattern just matches nothing.
        return undefined;
      }
  }
}

export interface DockerignoreMatcher {
  readonly patterns: readonly DockerignorePattern[];
  /** The line that leaves `path` (relative to the context) excluded, or undefined when it is sent. */
  excludedBy(path: string): DockerignorePattern | undefined;
}

export function dockerignoreMatcher(lines: readonly string[]): DockerignoreMatcher {
  const patterns = readDockerignore(lines);
  const compiled = patterns.flatMap((pattern) => {
    const test = compilePattern(pattern.pattern);
    return test ? [{ pattern, test }] : [];
  });
  return {
    patterns,
    excludedBy(path) {
      const file = cleanPath(path).replace(/^\/+/, '');
      // The context root itself is always sent.
      if (file === '.' || file === '') return undefined;
      const parents = posix.dirname(file) === '.' ? [] : posix.dirname(file).split('/');
      const ancestors = parents.map((_, i) => parents.slice(0, i + 1).join('/'));
      let excludedBy: DockerignorePattern | undefined;
      for (const { pattern, test } of compiled) {
        // Only an exception can undo an exclusion, and only an exclusion can start one.
        if (pattern.exception !== (excludedBy !== undefined)) continue;
        if (test(file) || ancestors.some(test)) excludedBy = pattern.exception ? undefined : pattern;
      }
      return excludedBy;
    },
  };
}
