import { parse as parseYaml } from 'yaml';
import { SEVERITIES, type Severity } from './rule';
import type { LintSettings } from './runner';

/** A failure threshold: findings at or above it fail the CLI; `none` never fails. */
export type FailureThreshold = Severity | 'none';

/** What a `.hadolint.yaml` says, in Berth's terms. Every field is optional in the file. */
export interface HadolintConfig {
  ignored: string[];
  /** Code → severity, from the `override` section. */
  overrides: Record<string, Severity>;
  trustedRegistries: string[];
  labelSchema: Record<string, string>;
  strictLabels: boolean;
  disableIgnorePragma: boolean;
  failureThreshold?: FailureThreshold;
}

export interface ConfigProblem {
  /** The config file it is about. */
  file: string;
  message: string;
}

export const EMPTY_HADOLINT_CONFIG: HadolintConfig = {
  ignored: [],
  overrides: {},
  trustedRegistries: [],
  labelSchema: {},
  strictLabels: false,
  disableIgnorePragma: false,
};

const KNOWN_KEYS = new Set([
  'ignored', 'override', 'trustedRegistries', 'label-schema', 'strict-labels', 'failure-threshold',
  'disable-ignore-pragma', 'no-fail', 'no-color', 'format', 'verbose',
]);

/** hadolint names the lowest threshold `ignore`; Berth calls the same thing `none`. */
export function parseFailureThreshold(value: string): FailureThreshold | undefined {
  if (value === 'none' || value === 'ignore') return 'none';
  return (SEVERITIES as readonly string[]).includes(value) ? (value as Severity) : undefined;
}

/**
 * Reads a `.hadolint.yaml`. A file that is not valid YAML, or a field of the wrong shape, is a
 * problem to show the user; whatever could be read is still used, and the rest falls back to defaults.
 */
export function parseHadolintConfig(text: string, file: string): { config: HadolintConfig; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  const problem = (message: string) => problems.push({ file, message });
  const config: HadolintConfig = { ...EMPTY_HADOLINT_CONFIG, ignored: [], overrides: {}, trustedRegistries: [], labelSchema: {} };
  let data: unknown;
  try {
    data = parseYaml(text, { maxAliasCount: 100 });
  } catch (error) {
    problem(`not valid YAML: ${(error as Error).message.split('\n')[0]}`);
    return { config, problems };
  }
  if (data === null || data === undefined) return { config, problems };
  if (typeof data !== 'object' || Array.isArray(data)) {
    problem('expected a mapping of settings at the top level');
    return { config, problems };
  }
  const fields = data as Record<string, unknown>;
  for (const key of Object.keys(fields)) if (!KNOWN_KEYS.has(key)) problem(`unknown setting "${key}"`);

  const stringList = (key: string): string[] => {
    const value = fields[key];
    if (value === undefined || value === null) return [];
    if (typeof value === 'string') return [value];
    if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value;
    problem(`"${key}" should be a list of strings`);
    return [];
  };
  const boolean = (key: string): boolean => {
    const value = fields[key];
    if (value === undefined || value === null) return false;
    if (typeof value === 'boolean') return value;
    problem(`"${key}" should be true or false`);
    return false;
  };

  config.ignored = stringList('ignored');
  config.trustedRegistries = stringList('trustedRegistries');
  config.strictLabels = boolean('strict-labels');
  config.disableIgnorePragma = boolean('disable-ignore-pragma');

  const override = fields.override;
  if (override !== undefined && override !== null) {
    if (typeof override !== 'object' || Array.isArray(override)) problem('"override" should map error/warning/info/style to lists of codes');
    else {
      for (const [level, codes] of Object.entries(override as Record<string, unknown>)) {
        if (!(SEVERITIES as readonly string[]).includes(level)) {
          problem(`"override.${level}" is not a severity (error, warning, info, style)`);
          continue;
        }
        if (!Array.isArray(codes) || !codes.every((c) => typeof c === 'string')) {
          problem(`"override.${level}" should be a list of codes`);
          continue;
        }
        for (const code of codes) config.overrides[code] = level as Severity;
      }
    }
  }

  const schema = fields['label-schema'];
  if (schema !== undefined && schema !== null) {
    if (typeof schema !== 'object' || Array.isArray(schema)) problem('"label-schema" should map label names to types');
    else for (const [label, type] of Object.entries(schema as Record<string, unknown>)) config.labelSchema[label] = String(type);
  }

  const threshold = fields['failure-threshold'];
  if (fields['no-fail'] === true) config.failureThreshold = 'none';
  else if (threshold !== undefined && threshold !== null) {
    const parsed = parseFailureThreshold(String(threshold));
    if (parsed) config.failureThreshold = parsed;
    else problem(`"failure-threshold" should be one of error, warning, info, style, none`);
  }
  return { config, problems };
}

/** Extra settings that come from the editor or the command line, on top of the config file. */
export interface SettingsOverlay {
  ignored?: readonly string[];
  severity?: Readonly<Record<string, Severity | 'off'>>;
}

/** The runner's settings from a config file plus the editor's or the CLI's own: the latter win. */
export function toLintSettings(config: HadolintConfig, overlay: SettingsOverlay = {}): LintSettings {
  return {
    ignored: [...config.ignored, ...(overlay.ignored ?? [])],
    severityOverrides: { ...config.overrides, ...overlay.severity },
    disableInlinePragmas: config.disableIgnorePragma,
    ruleOptions: { trustedRegistries: config.trustedRegistries, labelSchema: config.labelSchema, strictLabels: config.strictLabels },
  };
}
