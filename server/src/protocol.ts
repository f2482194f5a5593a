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

/**
 * Node flags the client starts the server with (benchmarks use the same). A 1 MB young generation
 * keeps a long editing session's resident memory near 60 MB, at no measurable cost to latency
 * (see npm run bench); the default lets parse garbage pile up to about 100 MB first.
 */
export const SERVER_EXEC_ARGV = ['--max-semi-space-size=1'];
