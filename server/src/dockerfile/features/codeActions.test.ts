import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver-types';
import { configProblemDiagnostic, toDiagnostic } from '../../lint/diagnostics';
import { berthUrl, type Rule } from '../../lint/rule';
import { rangeText } from '../../lint/ruleTesting';
import { lintDockerfile, type LintFinding, type LintSettings } from '../../lint/runner';
import { DEFAULT_RULE_OPTIONS, DockerfileContext } from '../context';
import { parseDirectives } from '../directives';
import { dockerfileRules } from '../rules';
import { codeActions } from './codeActions';

const URI = 'file:///work/Dockerfile';
const docs = { why: 'test', bad: 'from alpine', good: 'FROM alpine' };

// Test-only rules, so these tests do not hang on what a real rule's fix does.
// Its fix touches only a comment, so no real rule's findings change with it.
const todoComment: Rule = {
  id: 'TestTodoComment',
  source: 'berth',
  severity: 'style',
  summary: 'A TODO in a comment',
  url: berthUrl('TestTodoComment'),
  docs,
  check: (file) =>
    file.lines.flatMap((text, line) => {
      const at = /^\s*#.*\bTODO\b/.test(text) ? text.indexOf('TODO') : -1;
      if (at < 0) return [];
      const range = { start: { line, character: at }, end: { line, character: at + 4 } };
      return [{ range, fix: { title: 'Make it a NOTE', edits: [{ range, newText: 'NOTE' }] } }];
    }),
};
const syntaxDirective: Rule = {
  id: 'TestSyntaxDirective',
  source: 'berth',
  severity: 'info',
  summary: 'A syntax directive',
  url: berthUrl('TestSyntaxDirective'),
  docs,
  check: (file) =>
    file.directives.filter((d) => d.name === 'syntax').map((d) => ({ range: { start: { line: d.line, character: d.valueStart }, end: { line: d.line, character: d.valueEnd } } })),
};
const RULES = [...dockerfileRules, todoComment, syntaxDirective];

function lint(text: string, settings?: Partial<LintSettings>): LintFinding[] {
  return lintDockerfile({ text, rules: RULES, settings }).findings;
}

function request(text: string, diagnostics: Diagnostic[], findings: LintFinding[], only?: string[]): CodeAction[] {
  return codeActions(new DockerfileContext(text), { textDocument: { uri: URI }, context: { diagnostics, only } }, findings);
}

/** The code actions for the first finding of `code`, as the editor would ask for them. */
function actionsFor(text: string, code: string, settings?: Partial<LintSettings>): { actions: CodeAction[]; finding: LintFinding; findings: LintFinding[] } {
  const findings = lint(text, settings);
  const finding = findings.find((f) => f.code === code);
  assert.ok(finding, `${code} is not reported on:\n${text}`);
  return { actions: request(text, [toDiagnostic(finding)], findings), finding, findings };
}

function applied(text: string, action: CodeAction): string {
  const edits = action.edit?.changes?.[URI];
  assert.ok(edits, `${action.title} has no edits for the document`);
  return TextDocument.applyEdits(TextDocument.create(URI, 'dockerfile', 1, text), edits);
}

const described = (text: string, findings: LintFinding[]) => findings.map((f) => `${f.code} ${f.message} [${rangeText(text, f)}]`).sort();

/**
 * Applies the action titled `title` for the first finding of `code` and lints again: that finding is
 * gone and every other one is still there, on the same text. Returns the edited text.
 */
function assertActionResolves(text: string, code: string, title: string, settings?: Partial<LintSettings>): string {
  const { actions, finding, findings } = actionsFor(text, code, settings);
  const action = actions.find((a) => a.title === title);
  assert.ok(action, `no "${title}" among ${JSON.stringify(actions.map((a) => a.title))}`);
  assert.equal(action.kind, CodeActionKind.QuickFix);
  const after = applied(text, action);
  const expected = described(text, findings.filter((f) => f !== finding));
  assert.deepEqual(described(after, lint(after, settings)), expected, `after "${title}":\n${after}`);
  return after;
}

test("a finding's own fix is offered first and preferred, and resolves it", () => {
  // The comment sits inside the continued RUN, so the RUN is its instruction.
  const text = 'FROM alpine:3.20\nRUN echo a && \\\n  # TODO: say more\n  echo b\n';
  const { actions } = actionsFor(text, 'TestTodoComment');
  assert.deepEqual(
    actions.map((a) => [a.title, a.isPreferred ?? false]),
    [['Make it a NOTE', true], ['Ignore TestTodoComment for this instruction', false], ['Ignore TestTodoComment in this file', false]],
  );
  assert.equal(assertActionResolves(text, 'TestTodoComment', 'Make it a NOTE'), 'FROM alpine:3.20\nRUN echo a && \\\n  # NOTE: say more\n  echo b\n');
  assertActionResolves(text, 'TestTodoComment', 'Ignore TestTodoComment for this instruction');
});

test('ignoring on the instruction adds a pragma above it, at its indentation', () => {
  const text = 'FROM alpine:3.20 AS base\n    FROM alpine:latest\n    RUN echo hi\n';
  const after = assertActionResolves(text, 'DL3007', 'Ignore DL3007 for this instruction');
  assert.equal(after, 'FROM alpine:3.20 AS base\n    # hadolint ignore=DL3007\n    FROM alpine:latest\n    RUN echo hi\n');
});

test('ignoring on the instruction extends a pragma already in the comments just above it', () => {
  const text = 'FROM alpine:3.20\n# hadolint ignore=DL3006\n# the team pins this later\nFROM alpine:latest\n';
  const after = assertActionResolves(text, 'DL3007', 'Ignore DL3007 for this instruction');
  assert.equal(after.split('\n')[1], '# hadolint ignore=DL3006,DL3007');
  assert.equal(after.split('\n').length, text.split('\n').length, 'no line added');
});

test('ignoring on a continued instruction covers its later lines too', () => {
  const text = 'FROM alpine:3.20\nRUN echo a && \\\n  echo b\nfrom \\\n  alpine:latest\n';
  assertActionResolves(text, 'DL3007', 'Ignore DL3007 for this instruction');
});

test('ignoring in the file adds a global pragma after the parser directives, which stay directives', () => {
  const text = '# syntax=docker/dockerfile:1\n# escape=`\nFROM alpine:latest\n';
  const after = assertActionResolves(text, 'DL3007', 'Ignore DL3007 in this file');
  assert.equal(after, '# syntax=docker/dockerfile:1\n# escape=`\n# hadolint global ignore=DL3007\nFROM alpine:latest\n');
  const names = (t: string) => parseDirectives(t.split('\n')).map((d) => `${d.name}=${d.value}`);
  assert.deepEqual(names(after), names(text));
});

test('ignoring in the file goes on the first line without directives, and extends a global pragma anywhere', () => {
  assert.equal(assertActionResolves('FROM alpine:latest\n', 'DL3007', 'Ignore DL3007 in this file'), '# hadolint global ignore=DL3007\nFROM alpine:latest\n');
  const text = 'FROM alpine:latest\n# hadolint global ignore=DL3059 \n';
  assert.equal(assertActionResolves(text, 'DL3007', 'Ignore DL3007 in this file'), 'FROM alpine:latest\n# hadolint global ignore=DL3059,DL3007 \n');
});

test('a finding outside any instruction can only be ignored in the file, even in a file of directives alone', () => {
  const text = '# syntax=docker/dockerfile:1';
  const { actions } = actionsFor(text, 'TestSyntaxDirective');
  assert.deepEqual(actions.map((a) => a.title), ['Ignore TestSyntaxDirective in this file']);
  assert.equal(assertActionResolves(text, 'TestSyntaxDirective', 'Ignore TestSyntaxDirective in this file'), '# syntax=docker/dockerfile:1\n# hadolint global ignore=TestSyntaxDirective');
});

test('inserted lines keep CRLF line endings and a byte order mark stays first', () => {
  const crlf = assertActionResolves('FROM alpine:3.20\r\nFROM alpine:latest\r\n', 'DL3007', 'Ignore DL3007 for this instruction');
  assert.equal(crlf, 'FROM alpine:3.20\r\n# hadolint ignore=DL3007\r\nFROM alpine:latest\r\n');
  const bom = assertActionResolves('\uFEFFFROM alpine:latest\n', 'DL3007', 'Ignore DL3007 in this file');
  assert.equal(bom, '\uFEFF# hadolint global ignore=DL3007\nFROM alpine:latest\n');
});

test('diagnostics of one code on one instruction share one ignore action', () => {
  const settings = { ruleOptions: { ...DEFAULT_RULE_OPTIONS, labelSchema: { maintainer: 'email', 'org.opencontainers.image.version': 'semver' } } };
  const text = 'FROM alpine:3.20\nRUN echo hi\n';
  const findings = lint(text, settings).filter((f) => f.code === 'DL3049');
  assert.equal(findings.length, 2);
  const actions = request(text, findings.map(toDiagnostic), lint(text, settings));
  assert.deepEqual(actions.map((a) => [a.title, a.diagnostics?.length]), [['Ignore DL3049 for this instruction', 2], ['Ignore DL3049 in this file', 2]]);
  const after = applied(text, actions[0]);
  assert.deepEqual(lint(after, settings).filter((f) => f.code === 'DL3049'), []);
});

test('nothing is offered for diagnostics that match no current finding, or when other kinds are asked for', () => {
  const text = 'FROM alpine:latest\n';
  const findings = lint(text);
  const diagnostic = toDiagnostic(findings.find((f) => f.code === 'DL3007')!);
  const moved = { ...diagnostic, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 4 } } };
  const foreign = { ...diagnostic, source: 'other', code: 'X1' };
  const config = configProblemDiagnostic({ file: '.hadolint.yaml', message: 'not valid YAML' });
  assert.deepEqual(request(text, [moved, foreign, config], findings), []);
  assert.deepEqual(request(text, [diagnostic], [], undefined), [], 'findings of another version');
  assert.deepEqual(request(text, [diagnostic], findings, [CodeActionKind.Refactor]), []);
  assert.equal(request(text, [diagnostic], findings, [CodeActionKind.QuickFix]).length, 2);
});
