import type { LintFinding } from '../runner';

/** The findings for one linted file, as the CLI's formatters receive them. */
export interface FileReport {
  /** The path as the user gave it or as found under a folder; `-` for standard input. */
  file: string;
  findings: LintFinding[];
}

/** LSP positions are 0-based; every CLI format speaks 1-based lines and columns. */
export function oneBased(finding: LintFinding) {
  const { start, end } = finding.range;
  return { line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 };
}
