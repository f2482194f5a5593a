import { parseDirectives, readCheckDirective, type CheckDirective } from '../dockerfile/directives';

/**
 * The in-file ways to silence findings that users of hadolint and BuildKit already write:
 * `# hadolint ignore=DL3008,DL3015` (the next instruction), `# hadolint global ignore=…` (the file)
 * and BuildKit's `# check=skip=…;error=true` directive.
 */
export interface FilePragmas {
  /** Codes ignored everywhere in the file. */
  global: Set<string>;
  /** Line of a `# hadolint ignore=` comment → the codes it names; it covers the next instruction. */
  nextInstruction: Map<number, Set<string>>;
  check?: CheckDirective;
}

export const HADOLINT_PRAGMA = /^\s*#\s*hadolint\s+(global\s+)?ignore\s*=\s*([A-Za-z0-9_,\s]+?)\s*$/;

export function readPragmas(lines: readonly string[]): FilePragmas {
  const pragmas: FilePragmas = { global: new Set(), nextInstruction: new Map(), check: readCheckDirective(parseDirectives(lines)) };
  lines.forEach((line, index) => {
    const match = HADOLINT_PRAGMA.exec(line);
    if (!match) return;
    const codes = match[2].split(',').map((c) => c.trim()).filter(Boolean);
    if (match[1]) codes.forEach((c) => pragmas.global.add(c));
    else pragmas.nextInstruction.set(index, new Set(codes));
  });
  return pragmas;
}
