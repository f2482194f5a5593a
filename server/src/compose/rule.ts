import type { Range } from 'vscode-languageserver-types';
import type { RuleFinding, RuleFix, RuleSource, Severity } from '../lint/rule';
import type { ComposeContext } from './context';

/**
 * A check on Compose files, shaped like the Dockerfile `Rule` (lint/rule.ts) and reported through the
 * same findings, severities, fixes, diagnostics and output formats; only what a rule looks at differs.
 */
export interface ComposeRule {
  /** A Berth name in BuildKit's style: `UndefinedService`, `ObsoleteVersion`. */
  id: string;
  source: RuleSource;
  severity: Severity;
  /** One line: what the rule flags. */
  summary: string;
  url: string;
  docs: ComposeRuleDocs;
  /** A pure check over the parsed file and what was read from disk for it: no I/O, no settings. */
  check(file: ComposeContext): RuleFinding[];
}

/** Text for the rule's generated docs page; written in our own words. */
export interface ComposeRuleDocs {
  why: string;
  /** A Compose file the rule flags. */
  bad: string;
  /** The same file written so the rule is silent. */
  good: string;
  /**
   * Files beside the examples (path relative to the Compose file → content; a path ending in `/` is
   * a folder), for rules about the files a Compose file names. Both examples are linted with them.
   */
  files?: Readonly<Record<string, string>>;
  /** Variables set in the environment both examples are linted in. */
  variables?: Readonly<Record<string, string>>;
}

/** The quick fix that puts `replacement` (the intended name or key, spelt right) over `range`; none without one. */
export function changeTo(range: Range, replacement: string | undefined): RuleFix | undefined {
  return replacement ? { title: `Change to \`${replacement}\``, edits: [{ range, newText: replacement }] } : undefined;
}
