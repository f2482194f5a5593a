/**
 * Docker contexts, read and switched the way the Docker CLI does: the current context is
 * DOCKER_CONTEXT, else `currentContext` in <config dir>/config.json, else "default"; each context's
 * endpoint is in <config dir>/contexts/meta/<sha256 of the name>/meta.json and its TLS files in
 * <config dir>/contexts/tls/<sha256 of the name>/docker/. The config dir is DOCKER_CONFIG or ~/.docker.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export const DEFAULT_CONTEXT = 'default';

export interface DockerContext {
  name: string;
  description: string;
  /** The docker endpoint's host, e.g. unix:///var/run/docker.sock; undefined for "default". */
  host: string | undefined;
  skipTlsVerify: boolean;
  /** Folder with ca.pem, cert.pem and key.pem when the context stores TLS material. */
  tlsDir: string | undefined;
}

export function dockerConfigDir(env: NodeJS.ProcessEnv): string {
  return env.DOCKER_CONFIG || join(env.HOME || homedir(), '.docker');
}

function contextDigest(name: string): string {
  return createHash('sha256').update(name).digest('hex');
}

interface ContextMeta {
  Name?: unknown;
  Metadata?: { Description?: unknown };
  Endpoints?: { docker?: { Host?: unknown; SkipTLSVerify?: unknown } };
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    // Missing or unreadable files mean "not configured", as for the CLI.
    return undefined;
  }
}

function contextFromMeta(configDir: string, digest: string, meta: ContextMeta): DockerContext | undefined {
  if (typeof meta.Name !== 'string' || meta.Name === '') return undefined;
  const docker = meta.Endpoints?.docker;
  const tlsDir = join(configDir, 'contexts', 'tls', digest, 'docker');
  return {
    name: meta.Name,
    description: typeof meta.Metadata?.Description === 'string' ? meta.Metadata.Description : '',
    host: typeof docker?.Host === 'string' && docker.Host !== '' ? docker.Host : undefined,
    skipTlsVerify: docker?.SkipTLSVerify === true,
    tlsDir: existsSync(tlsDir) ? tlsDir : undefined,
  };
}

/** The contexts in the store, sorted by name, without the implicit "default". */
export function readContexts(configDir: string): DockerContext[] {
  const metaRoot = join(configDir, 'contexts', 'meta');
  let digests: string[];
  try {
    digests = readdirSync(metaRoot);
  } catch {
    return []; // no store yet: only "default" exists
  }
  const contexts: DockerContext[] = [];
  for (const digest of digests) {
    const meta = readJson(join(metaRoot, digest, 'meta.json'));
    const context = meta && typeof meta === 'object' ? contextFromMeta(configDir, digest, meta as ContextMeta) : undefined;
    if (context) contexts.push(context);
  }
  return contexts.sort((a, b) => a.name.localeCompare(b.name));
}

export function readContext(configDir: string, name: string): DockerContext | undefined {
  const digest = contextDigest(name);
  const meta = readJson(join(configDir, 'contexts', 'meta', digest, 'meta.json'));
  return meta && typeof meta === 'object' ? contextFromMeta(configDir, digest, meta as ContextMeta) : undefined;
}

/** The context the CLI would use when neither --host nor DOCKER_HOST is given. */
export function currentContextName(env: NodeJS.ProcessEnv, configDir: string): string {
  if (env.DOCKER_CONTEXT) return env.DOCKER_CONTEXT;
  const config = readJson(join(configDir, 'config.json')) as { currentContext?: unknown } | undefined;
  return typeof config?.currentContext === 'string' && config.currentContext !== '' ? config.currentContext : DEFAULT_CONTEXT;
}

/**
 * Makes `name` the current context, as `docker context use` does: sets `currentContext` in
 * config.json (removes it for "default") and keeps every other key. Written to a temp file and
 * renamed so a concurrent reader never sees half a file.
 */
export function useContext(configDir: string, name: string): void {
  if (name !== DEFAULT_CONTEXT && !readContext(configDir, name)) throw new Error(`Docker context "${name}" does not exist.`);
  const path = join(configDir, 'config.json');
  const existing = readJson(path);
  const config: Record<string, unknown> = existing && typeof existing === 'object' ? { ...(existing as Record<string, unknown>) } : {};
  if (name === DEFAULT_CONTEXT) delete config.currentContext;
  else config.currentContext = name;
  mkdirSync(configDir, { recursive: true });
  const temp = `${path}.berth-${process.pid}`;
  writeFileSync(temp, `${JSON.stringify(config, null, '\t')}\n`, { mode: 0o600 });
  renameSync(temp, path);
}
