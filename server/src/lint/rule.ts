import type { Range, TextEdit } from 'vscode-languageserver-types';
import type { BuildContextInfo, DockerfileContext, RuleOptions } from '../dockerfile/context';

/** hadolint's four levels; BuildKit's warnings map to `warning`, its parse errors to `error`. */
export type Severity = 'error' | 'warning' | 'info' | 'style';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'style'];

/** Higher is more severe; used for failure thresholds. */
export function severityRank(severity: Severity): number {
  return SEVERITIES.length - SEVERITIES.indexOf(severity);
}

/**
 * Where a rule's meaning comes from. hadolint and BuildKit rules keep their upstream code or name
 * so that users' ignore lists and configs carry over; Berth's own rules are named in BuildKit's style.
 */
export type RuleSource = 'hadolint' | 'buildkit' | 'berth';

/** A quick fix a rule offers for one finding: a title and the edits that apply it. */
export interface RuleFix {
  title: string;
  edits: TextEdit[];
}

/** One problem a rule found. `message` defaults to the rule's summary. */
export interface RuleFinding {
  range: Range;
  message?: string;
  fix?: RuleFix;
}

/** Text for the rule's generated docs page; written in our own words. */
export interface RuleDocs {
  /** Why the rule matters, a short paragraph. */
  why: string;
  /** A Dockerfile the rule flags. */
  bad: string;
  /** The same Dockerfile written so the rule is silent. */
  good: string;
  /**
   * Settings both examples are linted with, for a rule that is silent under the defaults (the label
   * schema rules); the docs page shows them as the `.hadolint.yaml` that turns the rule on.
   */
  options?: Partial<RuleOptions>;
  /** The build context both examples are linted with (CopyIgnoredFile needs a `.dockerignore`); the page shows it. */
  buildContext?: BuildContextInfo;
}

export interface Rule {
  /** hadolint code (DL3006), BuildKit check name (JSONArgsRecommended) or a Berth name. */
  id: string;
  /** Other tools' names for the same finding: reported once, silenced by any name. */
  aliases?: readonly string[];
  source: RuleSource;
  severity: Severity;
  /** One line: what the rule flags. */
  summary: string;
  /** The upstream documentation for hadolint and BuildKit rules, Berth's own page otherwise. */
  url: string;
  docs: RuleDocs;
  /**
   * BuildKit's experimental checks run only when asked for (`# check=experimental=Name|all`, or a
   * severity set in the settings); Berth follows that so a file linted here and by `docker build`
   * warns alike.
   */
  experimental?: boolean;
  /**
   * hadolint's rules of default severity `ignore` (DL1001, DL3057) report nothing until a severity
   * override names them (`override` in `.hadolint.yaml`, or `berth.lint.severity`), which also sets the
   * level they report at; Berth keeps them off the same way. `severity` is then the level suggested in
   * their docs.
   */
  offByDefault?: boolean;
  /** A pure check over the parsed file: no I/O, no settings, no pragmas (the runner does those). */
  check(file: DockerfileContext): RuleFinding[];
}

/**
 * True for a BuildKit build check, including a hadolint rule that carries a check's name as an alias:
 * BuildKit's `# check=skip=` and `# check=error=true` directive then applies to it as `docker build` would.
 */
export function isBuildkitCheck(rule: Rule): boolean {
  return rule.source === 'buildkit' || (rule.aliases ?? []).some((alias) => !/^DL\d{4}$/.test(alias));
}

/** Where every docs link for a Berth rule points; the pages are generated into docs/rules/. */
export const BERTH_RULE_DOCS_BASE = 'https://github.com/berth-dev/berth/blob/main/docs/rules';

export function hadolintUrl(code: string): string {
  return `https://github.com/hadolint/hadolint/wiki/${code}`;
}

/** BuildKit documents each check at a kebab-case slug of its name. */
export function buildkitUrl(name: string): string {
  const slug = name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').replace(/([A-Z])([A-Z][a-z])/g, '$1-$2').toLowerCase();
  return `https://docs.docker.com/go/dockerfile/rule/${slug}/`;
}

export function berthUrl(id: string): string {
  return `${BERTH_RULE_DOCS_BASE}/${id}.md`;
}
