import { CodeActionKind, type CodeAction } from 'vscode-languageserver-types';
import type { CodeActionParams } from 'vscode-languageserver-protocol';
import { isFindingOf } from '../../dockerfile/features/codeActions';
import type { LintFinding } from '../../lint/runner';

/**
 * Quick fixes for Compose diagnostics: each finding's own fix (remove the obsolete `version`, a key,
 * value or name spelt right), matched to its diagnostic the way Dockerfile fixes are. Compose files
 * have no ignore comments, so there is no "ignore" action; `berth.lint.ignore` silences a code.
 */
export function codeActions(params: Pick<CodeActionParams, 'textDocument' | 'context'>, findings: readonly LintFinding[]): CodeAction[] {
  const { only } = params.context;
  if (only && !only.some((kind) => kind === CodeActionKind.QuickFix || kind === CodeActionKind.Empty)) return [];
  const uri = params.textDocument.uri;
  const actions: CodeAction[] = [];
  for (const diagnostic of params.context.diagnostics) {
    const fix = findings.find((f) => isFindingOf(f, diagnostic))?.fix;
    if (fix) actions.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: true, edit: { changes: { [uri]: fix.edits } } });
  }
  return actions;
}
