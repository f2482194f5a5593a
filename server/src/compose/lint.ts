import { DEFAULT_LINT_SETTINGS, type LintFinding, type LintResult, type LintSettings, type RuleFailure } from '../lint/runner';
import type { Severity } from '../lint/rule';
import { ComposeContext } from './context';
import type { ComposeEnvironment } from './environment';
import type { ComposeRule } from './rule';
import { composeRules } from './rules';

export interface ComposeLintInput {
  text: string;
  /** The file already parsed (the server's per-version cache); `text` is then not parsed again. */
  parsed?: ComposeContext;
  uri?: string;
  /** Ignored codes and severity overrides; the Dockerfile-only parts are not used. */
  settings?: Partial<LintSettings>;
  /** What was read from disk around the file; without it, checks that need the disk stay silent. */
  environment?: ComposeEnvironment;
  /** The rules to run; all of Berth's Compose rules unless a test narrows them. */
  rules?: readonly ComposeRule[];
}

/** Lints one Compose file: every rule, then ignores and severity overrides. Never throws. */
export function lintCompose(input: ComposeLintInput): LintResult {
  const settings = { ...DEFAULT_LINT_SETTINGS, ...input.settings };
  const parsed = input.parsed ?? new ComposeContext(input.text, input.uri);
  const file = input.environment ? parsed.withEnvironment(input.environment) : parsed;
  const ignored = new Set(settings.ignored);
  const findings: LintFinding[] = [];
  const failures: RuleFailure[] = [];
  for (const rule of input.rules ?? composeRules) {
    if (ignored.has(rule.id)) continue;
    const override = settings.severityOverrides[rule.id];
    if (override === 'off') continue;
    const severity: Severity = override ?? rule.severity;
    let ruleFindings;
    try {
      ruleFindings = rule.check(file);
    } catch (error) {
      failures.push({ code: rule.id, error });
      continue;
    }
    for (const finding of ruleFindings) {
      findings.push({ code: rule.id, aliases: [], source: rule.source, severity, message: finding.message ?? rule.summary, range: finding.range, url: rule.url, fix: finding.fix });
    }
  }
  findings.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || a.code.localeCompare(b.code));
  return { findings, failures };
}
