import { configuredSeverity, DEFAULT_LINT_SETTINGS, runRule, sortFindings, type FileLintInput, type LintResult } from '../lint/runner';
import { ComposeContext } from './context';
import type { ComposeEnvironment } from './environment';
import type { ComposeRule } from './rule';
import { composeRules } from './rules';

/** Of the settings, a Compose lint uses only the ignored codes and the severity overrides. */
export interface ComposeLintInput extends FileLintInput<ComposeContext, ComposeRule> {
  /** What was read from disk around the file; without it, checks that need the disk stay silent. */
  environment?: ComposeEnvironment;
}

/** Lints one Compose file: every rule, then ignores and severity overrides. Never throws. */
export function lintCompose(input: ComposeLintInput): LintResult {
  const settings = { ...DEFAULT_LINT_SETTINGS, ...input.settings };
  const parsed = input.parsed ?? new ComposeContext(input.text, input.uri);
  const file = input.environment ? parsed.withEnvironment(input.environment) : parsed;
  const ignored = new Set(settings.ignored);
  const result: LintResult = { findings: [], failures: [] };
  for (const rule of input.rules ?? composeRules) {
    const override = configuredSeverity([rule.id], ignored, settings);
    if (override === 'off') continue;
    runRule(rule, file, override ?? rule.severity, result);
  }
  sortFindings(result.findings);
  return result;
}
