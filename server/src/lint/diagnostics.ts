import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type { ConfigProblem } from './config';
import type { Severity } from './rule';
import type { LintFinding } from './runner';

const LSP_SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  style: DiagnosticSeverity.Hint,
};

/** Quick fixes come from the server's own findings of the version in the editor (see codeActions), so a diagnostic carries no fix of its own. */
export function toDiagnostic(finding: LintFinding): Diagnostic {
  return {
    range: finding.range,
    severity: LSP_SEVERITY[finding.severity],
    code: finding.code,
    codeDescription: { href: finding.url },
    source: 'berth',
    message: finding.aliases.length > 0 ? `${finding.message} (also ${finding.aliases.join(', ')})` : finding.message,
  };
}

/** A config file that could not be read is shown on the file's first line, where the user looks. */
export function configProblemDiagnostic(problem: ConfigProblem): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Warning,
    code: 'LintConfig',
    source: 'berth',
    message: `${problem.file}: ${problem.message}. Linting goes on with the defaults for this setting.`,
  };
}

/**
 * Past this many characters a file is not analysed as you type: the Dockerfile parser and the YAML
 * reader take seconds on multi-megabyte text, and an editor has to answer within a second.
 * `berth lint` still lints such a file in full.
 */
export const MAX_ANALYSED_LENGTH = 1024 * 1024;

/** The one diagnostic a file past MAX_ANALYSED_LENGTH gets, so the user knows why nothing else shows. */
export function fileTooLargeDiagnostic(length: number): Diagnostic {
  const megabytes = (n: number) => `${(n / (1024 * 1024)).toFixed(1)} MB`;
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    code: 'FileTooLarge',
    source: 'berth',
    message: `This file is ${megabytes(length)}; Berth analyses files up to ${megabytes(MAX_ANALYSED_LENGTH)} as you type. Run \`berth lint\` on it to lint it in full.`,
  };
}
