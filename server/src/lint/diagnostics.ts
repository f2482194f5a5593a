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

/** What a diagnostic carries for code actions: the rule's other names and its quick fix. */
export interface DiagnosticData {
  aliases: readonly string[];
  fix?: LintFinding['fix'];
}

export function toDiagnostic(finding: LintFinding): Diagnostic {
  const data: DiagnosticData = { aliases: finding.aliases, fix: finding.fix };
  return {
    range: finding.range,
    severity: LSP_SEVERITY[finding.severity],
    code: finding.code,
    codeDescription: { href: finding.url },
    source: 'berth',
    message: finding.aliases.length > 0 ? `${finding.message} (also ${finding.aliases.join(', ')})` : finding.message,
    data,
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
