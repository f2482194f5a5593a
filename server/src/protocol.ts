/**
 * What the client and the server agree on: setting sections and custom messages. The client
 * imports this file too, so it holds types and constants only.
 */
import type { Severity } from './lint/rule';

export const LINT_CONFIGURATION_SECTION = 'berth.lint';

/** The `berth.lint.*` settings. */
export interface LintConfiguration {
  enable: boolean;
  ignore: string[];
  severity: Record<string, Severity | 'off'>;
}

export const DEFAULT_LINT_CONFIGURATION: LintConfiguration = { enable: true, ignore: [], severity: {} };

/** Files whose change on disk changes how Dockerfiles lint; the client watches them for the server. */
export const LINT_INPUT_FILE_GLOB = '**/{.hadolint.yaml,.hadolint.yml,.dockerignore,*.dockerignore}';
