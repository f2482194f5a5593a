#!/usr/bin/env node
/**
 * `berth lint`: the language server's lint engine for CI. Exit codes: 0 clean, 1 a finding at or
 * above the failure threshold, 2 a usage error or a path that cannot be read.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { version } from '../../package.json';
import { dockerfileRules } from './dockerfile/rules';
import { parseFailureThreshold, toLintSettings, type FailureThreshold } from './lint/config';
import { FileEnvironmentReader } from './lint/fileEnvironment';
import { formatJson } from './lint/output/json';
import type { FileReport } from './lint/output/report';
import { formatSarif } from './lint/output/sarif';
import { formatText } from './lint/output/text';
import { severityRank } from './lint/rule';
import { lintDockerfile } from './lint/runner';
import { ComposeContext } from './compose/context';
import { ComposeEnvironmentReader } from './compose/environmentReader';
import { ExtenderGatherer, type ExtenderFacts } from './compose/extenders';
import { isComposeName } from './compose/fileNames';
import { lintCompose } from './compose/lint';
import { composeRules } from './compose/rules';

const USAGE = `Usage: berth lint [options] [path ...]

Lints Dockerfiles with Berth's hadolint and BuildKit rules, and Compose files with Berth's
Compose rules. A path may be a file, a folder (searched for Dockerfiles, Containerfiles,
*.dockerfile, compose.yaml, docker-compose.yml and their compose.*.yaml variants), or - for a
Dockerfile on standard input.
With no path, the current folder is searched.

Options:
  --format text|json|sarif     output format (default: text)
  --config FILE                a .hadolint.yaml to use instead of the one found upward from each file
  --ignore CODE                a rule code or alias never to report (repeatable, or comma-separated)
  --failure-threshold LEVEL    error|warning|info|style|none: exit 1 when a finding reaches it
                               (default: the config's failure-threshold, else info)
  -h, --help                   show this help
  -v, --version                show Berth's version
`;

type Format = 'text' | 'json' | 'sarif';

class UsageError extends Error {}

interface CliOptions {
  format: Format;
  config?: string;
  ignored: string[];
  failureThreshold?: FailureThreshold;
  paths: string[];
}

function parseArguments(argv: string[]): CliOptions {
  const options: CliOptions = { format: 'text', ignored: [], paths: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    const value = (): string => {
      const v = arg.startsWith('--') && eq > 0 ? arg.slice(eq + 1) : argv[++i];
      if (v === undefined) throw new UsageError(`${name} needs a value`);
      return v;
    };
    switch (name) {
      case '--format': {
        const format = value();
        if (format !== 'text' && format !== 'json' && format !== 'sarif') throw new UsageError(`unknown format "${format}" (text, json or sarif)`);
        options.format = format;
        break;
      }
      case '--config':
        options.config = resolve(value());
        break;
      case '--ignore':
        options.ignored.push(...value().split(',').map((c) => c.trim()).filter(Boolean));
        break;
      case '--failure-threshold': {
        const level = value();
        const threshold = parseFailureThreshold(level);
        if (!threshold) throw new UsageError(`unknown failure threshold "${level}" (error, warning, info, style or none)`);
        options.failureThreshold = threshold;
        break;
      }
      default:
        if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}`);
        options.paths.push(arg);
    }
  }
  return options;
}

const DOCKERFILE_NAME = /^(?:(?:Dockerfile|Containerfile)(?:\..+)?|.+\.(?:Dockerfile|dockerfile|Containerfile|containerfile))$/;
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.hg', '.svn']);

/** A file looks like a Dockerfile by name; `Dockerfile.dockerignore` is an ignore file, not one. */
export function isDockerfileName(name: string): boolean {
  return DOCKERFILE_NAME.test(name) && !name.endsWith('.dockerignore');
}

/**
 * Whether a file is linted as Compose. Folders are searched by Compose's own names only, but a
 * YAML file named on the command line (a fragment that others extend, `common.yml`) is Compose too:
 * a Dockerfile is never YAML.
 */
function lintsAsCompose(path: string): boolean {
  const name = basename(path);
  return isComposeName(name) || (!isDockerfileName(name) && /\.ya?ml$/i.test(name));
}

function findLintedFiles(folder: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name)) found.push(...findLintedFiles(path));
    } else if (entry.isFile() && (isDockerfileName(entry.name) || isComposeName(entry.name))) found.push(path);
  }
  return found;
}

/**
 * Who extends each Compose file linted (a fragment's names may be its extenders'): the linted files
 * as they are, what lies beside them and what those reach. Their parses are kept for linting.
 */
async function composeExtenders(paths: readonly string[]): Promise<{ facts: Map<string, ExtenderFacts>; parses: Map<string, ComposeContext> }> {
  const parses = new Map(paths.map((path) => [path, new ComposeContext(readFileSync(path, 'utf8'), pathToFileURL(path).toString())]));
  return { facts: await new ExtenderGatherer().gather(paths, [...parses.values()]), parses };
}

async function run(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === '-h' || command === '--help' || command === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  if (command === '-v' || command === '--version') {
    process.stdout.write(`${version}\n`);
    return 0;
  }
  if (command !== 'lint') throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
  if (rest.includes('-h') || rest.includes('--help')) {
    process.stdout.write(USAGE);
    return 0;
  }
  const options = parseArguments(rest);
  const paths = options.paths.length > 0 ? options.paths : ['.'];

  const files: string[] = [];
  for (const path of paths) {
    if (path === '-') {
      files.push('-');
      continue;
    }
    let stat;
    try {
      stat = statSync(path);
    } catch {
      throw new UsageError(`no such file or folder: ${path}`);
    }
    files.push(...(stat.isDirectory() ? findLintedFiles(path) : [path]));
  }

  const environments = new FileEnvironmentReader();
  const composeEnvironments = new ComposeEnvironmentReader();
  const extenders = await composeExtenders([...new Set(files.filter((file) => file !== '-' && lintsAsCompose(file)).map((file) => resolve(file)))]);
  const reports: FileReport[] = [];
  let threshold = options.failureThreshold;
  const reportedConfigProblems = new Set<string>();
  for (const file of files) {
    const text = file === '-' ? readFileSync(0, 'utf8') : readFileSync(file, 'utf8');
    const environment = environments.environment(file === '-' ? undefined : resolve(file), options.config);
    for (const problem of environment.configProblems) {
      const line = `berth: ${problem.file}: ${problem.message}; using defaults for it`;
      if (!reportedConfigProblems.has(line)) process.stderr.write(`${line}\n`);
      reportedConfigProblems.add(line);
    }
    threshold ??= environment.config.failureThreshold;
    if (file !== '-' && lintsAsCompose(file)) {
      const path = resolve(file);
      const read = extenders.parses.get(path);
      const parsed = read?.text === text ? read : new ComposeContext(text, pathToFileURL(path).toString());
      const composeEnvironment = { ...composeEnvironments.environment(parsed, path), extenders: extenders.facts.get(path) };
      const result = lintCompose({ text, parsed, environment: composeEnvironment, settings: toLintSettings(environment.config, { ignored: options.ignored }) });
      for (const failure of result.failures) process.stderr.write(`berth: rule ${failure.code} failed on ${file}: ${String(failure.error)}\n`);
      reports.push({ file, findings: result.findings });
      continue;
    }
    const result = lintDockerfile({
      text,
      uri: file === '-' ? 'untitled:stdin' : pathToFileURL(resolve(file)).toString(),
      settings: toLintSettings(environment.config, { ignored: options.ignored }),
      buildContext: environment.buildContext,
    });
    for (const failure of result.failures) process.stderr.write(`berth: rule ${failure.code} failed on ${file}: ${String(failure.error)}\n`);
    reports.push({ file, findings: result.findings });
  }

  const output =
    options.format === 'json' ? formatJson(reports) : options.format === 'sarif' ? formatSarif(reports, [...dockerfileRules, ...composeRules], version) : formatText(reports);
  process.stdout.write(output);
  if (options.format === 'text' && files.length === 0) process.stderr.write(`berth: no Dockerfiles or Compose files found in ${paths.map((p) => basename(p) || p).join(', ')}\n`);
  const failAt = threshold ?? 'info';
  if (failAt === 'none') return 0;
  return reports.some((r) => r.findings.some((f) => severityRank(f.severity) >= severityRank(failAt))) ? 1 : 0;
}

if (require.main === module) {
  run(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      if (!(error instanceof UsageError)) throw error;
      process.stderr.write(`berth: ${error.message}\n\n${USAGE}`);
      process.exitCode = 2;
    },
  );
}
