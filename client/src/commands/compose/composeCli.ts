/**
 * The Compose CLI as Berth runs it: `docker compose` (v2) or else `docker-compose` (v1), found at
 * run time; the files passed with -f as the CLI itself would pick them (a default-named file brings
 * its override file, as a bare `docker compose up` in that folder would); and each verb's arguments.
 * Plain data and processes, no VS Code, so engine tests drive it.
 */
import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { ComposeOutlineService } from '../../../../server/src/protocol';
import { runToEnd, startProcess, type ProcessOptions, type RunningProcess } from '../process/childProcess';

export type ComposeVersion = 'v2' | 'v1';

export interface ComposeCli {
  version: ComposeVersion;
  /** The executable: docker for v2, docker-compose for v1. */
  command: string;
  /** Words before Compose's own arguments: ["compose"] for v2. */
  prefix: string[];
}

export const COMPOSE_MISSING =
  'Neither `docker compose` (Compose v2, a Docker CLI plugin) nor `docker-compose` (Compose v1) is installed. Install Docker Compose and reload VS Code.';

export class ComposeMissingError extends Error {
  constructor() {
    super(COMPOSE_MISSING);
    this.name = 'ComposeMissingError';
  }
}

/** v2 if `docker compose version` answers, else v1 if `docker-compose version` does; throws ComposeMissingError otherwise. */
export async function detectCompose(docker: string | undefined, env: NodeJS.ProcessEnv, composeV1 = 'docker-compose'): Promise<ComposeCli> {
  if (docker && (await runToEnd(docker, ['compose', 'version'], { env })).code === 0) return { version: 'v2', command: docker, prefix: ['compose'] };
  if ((await runToEnd(composeV1, ['version'], { env })).code === 0) return { version: 'v1', command: composeV1, prefix: [] };
  throw new ComposeMissingError();
}

/** The names each CLI looks for, in its order of preference. */
const DEFAULT_FILES: Record<ComposeVersion, string[]> = {
  v2: ['compose.yaml', 'compose.yml', 'docker-compose.yml', 'docker-compose.yaml'],
  v1: ['docker-compose.yml', 'docker-compose.yaml', 'compose.yml', 'compose.yaml'],
};
const OVERRIDE_FILES: Record<ComposeVersion, string[]> = {
  v2: ['compose.override.yml', 'compose.override.yaml', 'docker-compose.override.yml', 'docker-compose.override.yaml'],
  v1: ['docker-compose.override.yml', 'docker-compose.override.yaml', 'compose.override.yml', 'compose.override.yaml'],
};

/**
 * The files to pass for `file`: a default-named file with the override the CLI would add; an
 * override file after the main file it overrides; any other name alone (the CLI adds nothing to -f).
 */
export function composeFiles(file: string, version: ComposeVersion, exists: (path: string) => boolean = existsSync): string[] {
  const folder = dirname(file);
  const name = basename(file);
  const firstExisting = (names: string[]) => names.map((n) => join(folder, n)).find(exists);
  // Both CLIs know the same names, in different orders of preference.
  if (OVERRIDE_FILES.v2.includes(name)) {
    const main = firstExisting(DEFAULT_FILES[version]);
    return main ? [main, file] : [file];
  }
  if (!DEFAULT_FILES.v2.includes(name)) return [file];
  const override = firstExisting(OVERRIDE_FILES[version]);
  return override ? [file, override] : [file];
}

/** The services that start with these profiles on: those without profiles, and those with one of them. */
export function servicesFor(outline: { services: readonly Pick<ComposeOutlineService, 'name' | 'profiles'>[] }, profiles: readonly string[]): string[] {
  return outline.services.filter((service) => service.profiles.length === 0 || service.profiles.some((p) => profiles.includes(p))).map((service) => service.name);
}

export type ComposeVerb = 'up' | 'down' | 'restart' | 'logs' | 'build' | 'pull';

export interface ComposeRequest {
  verb: ComposeVerb;
  files: string[];
  /** `--profile` for each. */
  profiles?: string[];
  /** The services to act on; all when empty (down acts on the whole project). */
  services?: string[];
  /** up: build images first (`--build`). */
  build?: boolean;
  /** down: remove named volumes too (`--volumes`). */
  volumes?: boolean;
}

/** The argument array after the CLI's prefix: global options, the verb, its options, the services. */
export function composeArguments(request: ComposeRequest): string[] {
  const args: string[] = [];
  for (const file of request.files) args.push('--file', file);
  for (const profile of request.profiles ?? []) args.push('--profile', profile);
  args.push(request.verb);
  switch (request.verb) {
    case 'up':
      args.push('--detach');
      if (request.build) args.push('--build');
      break;
    case 'down':
      if (request.volumes) args.push('--volumes');
      return args;
    case 'logs':
      args.push('--follow');
      break;
  }
  args.push(...(request.services ?? []));
  return args;
}

/** The whole command line for a request. */
export function composeCommandLine(cli: ComposeCli, request: ComposeRequest): string[] {
  return [cli.command, ...cli.prefix, ...composeArguments(request)];
}

/** Starts a Compose command in the project's folder (the first file's, where the CLI reads .env). */
export function startCompose(cli: ComposeCli, request: ComposeRequest, options: Omit<ProcessOptions, 'cwd'>): { commandLine: string[]; running: RunningProcess } {
  const commandLine = composeCommandLine(cli, request);
  return { commandLine, running: startProcess(commandLine[0], commandLine.slice(1), { ...options, cwd: dirname(request.files[0]) }) };
}
