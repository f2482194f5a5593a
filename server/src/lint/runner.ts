import type { Range } from 'vscode-languageserver-types';
import { DockerfileContext, DEFAULT_RULE_OPTIONS, type BuildContextInfo, type RuleOptions } from '../dockerfile/context';
import { dockerfileRules } from '../dockerfile/rules';
import { readPragmas } from './pragmas';
import { isBuildkitCheck, type Rule, type RuleFinding, type RuleFix, type RuleSource, type Severity } from './rule';

/** A finding after ignores and severity overrides: what the editor, the CLI and tests consume. */
export interface LintFinding {
  code: string;
  aliases: readonly string[];
  source: RuleSource;
  severity: Severity;
  message: string;
  range: Range;
  url: string;
  fix?: RuleFix;
}

/** A rule that threw: the run goes on without it, and the caller logs it once. */
export interface RuleFailure {
  code: string;
  error: unknown;
}

export interface LintSettings {
  /** Codes (or aliases) never reported. */
  ignored: readonly string[];
  /** Code (or alias) → the severity to report it at, or `off`. */
  severityOverrides: Readonly<Record<string, Severity | 'off'>>;
  /** hadolint's `disable-ignore-pragma`: inline `# hadolint ignore=` comments are not honoured. */
  disableInlinePragmas: boolean;
  ruleOptions: RuleOptions;
}

export const DEFAULT_LINT_SETTINGS: LintSettings = {
  ignored: [],
  severityOverrides: {},
  disableInlinePragmas: false,
  ruleOptions: DEFAULT_RULE_OPTIONS,
};

export interface LintResult {
  findings: LintFinding[];
  failures: RuleFailure[];
}

/** What a lint of one file is given, Dockerfile or Compose. */
export interface FileLintInput<Parsed, FileRule> {
  text: string;
  /** The file already parsed (the server's per-version cache); `text` is then not parsed again. */
  parsed?: Parsed;
  uri?: string;
  settings?: Partial<LintSettings>;
  /** The rules to run; all of Berth's rules for the language unless a test narrows them. */
  rules?: readonly FileRule[];
}

export interface LintInput extends FileLintInput<DockerfileContext, Rule> {
  buildContext?: BuildContextInfo;
}

/** What the runner reads of a rule on every lint, worked out once per rule. */
interface RuleFacts {
  names: readonly string[];
  buildkitCheck: boolean;
}

const factsByRule = new WeakMap<Rule, RuleFacts>();

function ruleFacts(rule: Rule): RuleFacts {
  let facts = factsByRule.get(rule);
  if (!facts) {
    facts = { names: [rule.id, ...(rule.aliases ?? [])], buildkitCheck: isBuildkitCheck(rule) };
    factsByRule.set(rule, facts);
  }
  return facts;
}

/** Lints one Dockerfile's text: every rule, then pragmas, ignores and severity overrides. Never throws. */
export function lintDockerfile(input: LintInput): LintResult {
  const settings = { ...DEFAULT_LINT_SETTINGS, ...input.settings };
  const file = input.parsed
    ? input.parsed.withEnvironment(settings.ruleOptions, input.buildContext ?? {})
    : new DockerfileContext(input.text, settings.ruleOptions, input.buildContext, input.uri);
  const pragmas = readPragmas(file.lines);
  const ignored = new Set([...settings.ignored, ...pragmas.global]);
  const skippedChecks = new Set(pragmas.check?.skip ?? []);
  const experimentalChecks = new Set(pragmas.check?.experimental ?? []);
  const inlineIgnores = settings.disableInlinePragmas ? [] : instructionIgnores(file, pragmas.nextInstruction);

  const result: LintResult = { findings: [], failures: [] };
  for (const rule of input.rules ?? dockerfileRules) {
    const { names: ruleNames, buildkitCheck } = ruleFacts(rule);
    const override = configuredSeverity(ruleNames, ignored, settings);
    if (override === 'off') continue;
    if (buildkitCheck && (skippedChecks.has('all') || ruleNames.some((n) => skippedChecks.has(n)))) continue;
    const optedIn = override !== undefined || experimentalChecks.has('all') || ruleNames.some((n) => experimentalChecks.has(n));
    if (rule.experimental && !optedIn) continue;
    if (rule.offByDefault && override === undefined) continue;
    let severity: Severity = override ?? rule.severity;
    if (buildkitCheck && pragmas.check?.error && override === undefined) severity = 'error';
    runRule(rule, file, severity, result, inlineIgnoreFilter(inlineIgnores, ruleNames));
  }
  sortFindings(result.findings);
  return result;
}

/**
 * The severity the settings give a rule under any of its names: `off` when one is ignored,
 * undefined when none is overridden. Dockerfile and Compose lints both decide through it.
 */
export function configuredSeverity(ruleNames: readonly string[], ignored: ReadonlySet<string>, settings: LintSettings): Severity | 'off' | undefined {
  if (ruleNames.some((n) => ignored.has(n))) return 'off';
  for (const name of ruleNames) {
    const severity = settings.severityOverrides[name];
    if (severity !== undefined) return severity;
  }
  return undefined;
}

/** What the runner reads of a rule to report its findings: Dockerfile and Compose rules alike. */
interface ReportedRule<File> {
  id: string;
  aliases?: readonly string[];
  source: RuleSource;
  summary: string;
  url: string;
  check(file: File): RuleFinding[];
}

const reportsEveryLine = (): boolean => true;

/**
 * Runs one rule and adds its findings, at `severity`, to `result`; a rule that throws becomes a
 * failure and the run goes on. `reportsLine` drops findings by their first line (inline ignores).
 */
export function runRule<File>(rule: ReportedRule<File>, file: File, severity: Severity, result: LintResult, reportsLine: (line: number) => boolean = reportsEveryLine): void {
  let ruleFindings;
  try {
    ruleFindings = rule.check(file);
  } catch (error) {
    result.failures.push({ code: rule.id, error });
    return;
  }
  for (const finding of ruleFindings) {
    if (!reportsLine(finding.range.start.line)) continue;
    result.findings.push({
      code: rule.id,
      aliases: rule.aliases ?? [],
      source: rule.source,
      severity,
      message: finding.message ?? rule.summary,
      range: finding.range,
      url: rule.url,
      fix: finding.fix,
    });
  }
}

/** Findings in file order; at one place, by code. */
export function sortFindings(findings: LintFinding[]): void {
  findings.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || a.code.localeCompare(b.code));
}

interface InstructionIgnore {
  startLine: number;
  endLine: number;
  codes: Set<string>;
}

/** Drops a rule's findings on the instructions an inline ignore names it for; undefined when the file has no inline ignore. */
function inlineIgnoreFilter(ignores: InstructionIgnore[], ruleNames: readonly string[]): ((line: number) => boolean) | undefined {
  if (ignores.length === 0) return undefined;
  return (line) => !ignores.some((i) => line >= i.startLine && line <= i.endLine && ruleNames.some((n) => i.codes.has(n)));
}

/** Each `# hadolint ignore=` comment covers the lines of the first instruction after it. */
function instructionIgnores(file: DockerfileContext, byCommentLine: Map<number, Set<string>>): InstructionIgnore[] {
  const ignores: InstructionIgnore[] = [];
  for (const [commentLine, codes] of byCommentLine) {
    const next = file.instructions.find((i) => i.getRange().start.line > commentLine);
    if (next) ignores.push({ startLine: next.getRange().start.line, endLine: next.getRange().end.line, codes });
  }
  return ignores;
}
