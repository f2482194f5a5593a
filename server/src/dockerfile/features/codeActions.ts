import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver-types';
import type { CodeActionParams } from 'vscode-languageserver-protocol';
import { HADOLINT_PRAGMA } from '../../lint/pragmas';
import type { LintFinding } from '../../lint/runner';
import type { DockerfileContext } from '../context';
import { instructionAt } from './positions';

/**
 * Quick fixes for Berth's diagnostics: the rule's own fix where it has one, and the hadolint
 * comments that silence the finding on its instruction or in the whole file. Every rule can be
 * silenced, syntax errors included, as hadolint allows for any code.
 *
 * `findings` are the lint results for this very version of the document; a diagnostic that matches
 * none of them (another tool's, a config problem, or one published for text since edited) gets nothing.
 */
export function codeActions(file: DockerfileContext, params: Pick<CodeActionParams, 'textDocument' | 'context'>, findings: readonly LintFinding[]): CodeAction[] {
  const { only } = params.context;
  if (only && !only.some((kind) => kind === CodeActionKind.QuickFix || kind === CodeActionKind.Empty)) return [];
  const uri = params.textDocument.uri;
  const fixes: CodeAction[] = [];
  const onInstruction = new Map<string, CodeAction>();
  const inFile = new Map<string, CodeAction>();
  for (const diagnostic of params.context.diagnostics) {
    const finding = findings.find((f) => isFindingOf(f, diagnostic));
    if (!finding) continue;
    if (finding.fix) {
      fixes.push({ title: finding.fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: true, edit: { changes: { [uri]: finding.fix.edits } } });
    }
    collectIgnore(onInstruction, ignoreOnInstruction(file, finding), diagnostic, uri);
    collectIgnore(inFile, ignoreInFile(file, finding), diagnostic, uri);
  }
  return [...fixes, ...onInstruction.values(), ...inFile.values()];
}

interface IgnoreEdit {
  title: string;
  edit: TextEdit;
}

/** Several diagnostics of one code on one instruction (or in one file) share one ignore action. */
function collectIgnore(actions: Map<string, CodeAction>, ignore: IgnoreEdit | undefined, diagnostic: Diagnostic, uri: string): void {
  if (!ignore) return;
  const key = `${ignore.title}@${ignore.edit.range.start.line}`;
  const existing = actions.get(key);
  if (existing) existing.diagnostics?.push(diagnostic);
  else actions.set(key, { title: ignore.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: { changes: { [uri]: [ignore.edit] } } });
}

/** The diagnostic a finding became (see toDiagnostic): same code, same range, its message first. */
export function isFindingOf(finding: LintFinding, diagnostic: Diagnostic): boolean {
  const a = finding.range;
  const b = diagnostic.range;
  return (
    diagnostic.code === finding.code &&
    a.start.line === b.start.line &&
    a.start.character === b.start.character &&
    a.end.line === b.end.line &&
    a.end.character === b.end.character &&
    diagnostic.message.startsWith(finding.message)
  );
}

/**
 * `# hadolint ignore=CODE` right above the finding's instruction, at its indentation; a pragma
 * already in the comment lines just above it gets the code added instead. A finding outside any
 * instruction (in the parser directives, say) has no instruction to attach it to.
 */
function ignoreOnInstruction(file: DockerfileContext, finding: LintFinding): IgnoreEdit | undefined {
  const instruction = instructionAt(file, finding.range.start);
  if (!instruction) return undefined;
  const line = instruction.getRange().start.line;
  const title = `Ignore ${finding.code} for this instruction`;
  for (let above = line - 1; above >= 0 && /^\s*#/.test(file.lines[above]); above--) {
    const pragma = HADOLINT_PRAGMA.exec(file.lines[above]);
    if (pragma && !pragma[1]) return { title, edit: addCode(file, above, finding.code) };
  }
  const indentation = /^[\t ]*/.exec(withoutBom(file.lines[line]))![0];
  return { title, edit: insertLine(file, line, `${indentation}# hadolint ignore=${finding.code}`) };
}

/**
 * `# hadolint global ignore=CODE`, added to the file's global pragma if it has one, else on a new
 * line after the parser directives: a comment above them would end the directive block and turn
 * `# syntax=` or `# escape=` into plain comments.
 */
function ignoreInFile(file: DockerfileContext, finding: LintFinding): IgnoreEdit {
  const title = `Ignore ${finding.code} in this file`;
  const existing = file.lines.findIndex((text) => HADOLINT_PRAGMA.exec(text)?.[1] !== undefined);
  if (existing >= 0) return { title, edit: addCode(file, existing, finding.code) };
  const directives = file.directives;
  const line = directives.length > 0 ? directives[directives.length - 1].line + 1 : 0;
  return { title, edit: insertLine(file, line, `# hadolint global ignore=${finding.code}`) };
}

/** Appends a code to the list of the pragma on `line`. */
function addCode(file: DockerfileContext, line: number, code: string): TextEdit {
  const text = file.lines[line].trimEnd();
  const separator = /[=,]$/.test(text) ? '' : ',';
  return { range: { start: { line, character: text.length }, end: { line, character: text.length } }, newText: `${separator}${code}` };
}

/** A new line of text before `line`, in the file's line endings; after the last line when `line` is past it. */
function insertLine(file: DockerfileContext, line: number, text: string): TextEdit {
  const eol = file.text.includes('\r\n') ? '\r\n' : '\n';
  if (line >= file.lines.length) {
    const last = file.lines.length - 1;
    const end = { line: last, character: file.lines[last].length };
    return { range: { start: end, end }, newText: `${eol}${text}` };
  }
  // A byte order mark stays the first character of the file.
  const start = { line, character: file.lines[line].length - withoutBom(file.lines[line]).length };
  return { range: { start, end: start }, newText: `${text}${eol}` };
}

function withoutBom(text: string): string {
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}
