import assert from 'node:assert/strict';
import type { BuildContextInfo, RuleOptions } from '../dockerfile/context';
import type { Rule } from './rule';
import { DEFAULT_LINT_SETTINGS, lintDockerfile, type LintFinding } from './runner';

/** Test helpers for rule files: run one rule through the real runner on a small Dockerfile. */

export interface RuleTestOptions {
  ruleOptions?: Partial<RuleOptions>;
  buildContext?: BuildContextInfo;
}

/** The rule's findings on `text`; fails the test if the rule throws. */
export function lintWith(rule: Rule, text: string, options: RuleTestOptions = {}): LintFinding[] {
  const result = lintDockerfile({
    text,
    rules: [rule],
    buildContext: options.buildContext,
    settings: { ruleOptions: { ...DEFAULT_LINT_SETTINGS.ruleOptions, ...options.ruleOptions } },
  });
  assert.deepEqual(result.failures, [], `${rule.id} threw`);
  return result.findings;
}

/**
 * Asserts `found`, a rule's findings on `text`, stand on exactly these 1-based lines (one finding per
 * entry, in order) and carry the rule's code. Dockerfile and Compose rule tests both check through it.
 */
export function assertFoundLines(ruleId: string, text: string, found: LintFinding[], lines: number[]): LintFinding[] {
  assert.deepEqual(
    found.map((f) => f.range.start.line + 1),
    lines,
    `${ruleId} on:\n${text}\nfound: ${JSON.stringify(found.map((f) => [f.range.start.line + 1, f.message]))}`,
  );
  for (const f of found) assert.equal(f.code, ruleId);
  return found;
}

/** Asserts the rule flags exactly these 1-based lines (one finding per entry, in order). */
export function assertFlags(rule: Rule, text: string, lines: number[], options?: RuleTestOptions): LintFinding[] {
  return assertFoundLines(rule.id, text, lintWith(rule, text, options), lines);
}

/** Asserts the rule is silent on `text`. */
export function assertClean(rule: Rule, text: string, options?: RuleTestOptions): void {
  assertFlags(rule, text, [], options);
}

/** The text a finding's range covers, to check ranges are exact. */
export function rangeText(text: string, finding: LintFinding): string {
  const lines = text.split(/\r?\n/);
  const { start, end } = finding.range;
  if (start.line === end.line) return lines[start.line].slice(start.character, end.character);
  return [lines[start.line].slice(start.character), ...lines.slice(start.line + 1, end.line), lines[end.line].slice(0, end.character)].join('\n');
}

/** The text after applying a fix's edits (non-overlapping, any order). */
export function applyFix(text: string, finding: LintFinding): string {
  assert.ok(finding.fix, `${finding.code} offers no fix`);
  const lines = text.split('\n');
  const offset = (p: { line: number; character: number }) =>
    lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  const edits = [...finding.fix.edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  let result = text;
  for (const edit of edits) result = result.slice(0, offset(edit.range.start)) + edit.newText + result.slice(offset(edit.range.end));
  return result;
}

/**
 * Applies the fix of the rule's finding on `line` (1-based) and lints the result: the finding must be
 * gone and, across all of Berth's rules, nothing new may appear. Returns the fixed text.
 */
export function assertFixResolves(rule: Rule, text: string, line: number, options?: RuleTestOptions): string {
  const finding = lintWith(rule, text, options).find((f) => f.range.start.line + 1 === line);
  assert.ok(finding, `${rule.id} did not flag line ${line}`);
  const fixed = applyFix(text, finding);
  const after = lintWith(rule, fixed, options);
  assert.ok(!after.some((f) => f.range.start.line + 1 === line), `${rule.id} still flags line ${line} after its fix:\n${fixed}`);
  // Compare counts per code, not positions: a fix may add or remove lines.
  const counts = (t: string) => {
    const byCode = new Map<string, number>();
    for (const f of lintDockerfile({ text: t, buildContext: options?.buildContext }).findings) byCode.set(f.code, (byCode.get(f.code) ?? 0) + 1);
    return byCode;
  };
  const before = counts(text);
  const introduced = [...counts(fixed)].filter(([code, n]) => n > (before.get(code) ?? 0)).map(([code]) => code);
  assert.deepEqual(introduced, [], `the fix for ${rule.id} introduced new findings:\n${fixed}`);
  return fixed;
}
