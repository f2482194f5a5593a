/**
 * What one `docker build` is asked to do, checked and turned into the CLI's argument array. Plain
 * data: the Build Image command fills it from prompts or its options argument, tasks from their
 * definition, tests directly.
 */
import { statSync } from 'node:fs';
import { basename, dirname, isAbsolute, relative } from 'node:path';
import type { Builder } from './builder';

export interface BuildSettings {
  /** Absolute path of the Dockerfile. */
  dockerfile: string;
  /** Absolute path of the build context. */
  context: string;
  /** `name[:tag]` to give the image. */
  tag: string;
  /** The stage to stop at (`--target`). */
  target?: string;
  /** `--build-arg NAME=value` for each. */
  buildArgs?: Record<string, string>;
  /** `--platform`, e.g. linux/arm64; empty for the engine's own. */
  platform?: string;
  /** `--network` for RUN steps, e.g. host or none; empty for the builder's default. */
  network?: string;
  noCache?: boolean;
  /** Always pull a newer base image. */
  pull?: boolean;
}

/** Characters a shell would act on, and white space: never part of an image reference. */
const UNSAFE = /[\s;&|$`'"<>()*?!\\{}[\]#~^]/;
/** A path component: lower-case letters and digits, separated by `.`, `_`, `__` or runs of `-`. */
const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
/** A registry host, with an optional port: letters, digits, dots and dashes. */
const REGISTRY = /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\[[0-9a-fA-F:]+\])(?::\d+)?$/;
const TAG = /^[\w][\w.-]{0,127}$/;

/**
 * Why `reference` cannot name an image (the Docker reference grammar, as `docker build -t` checks
 * it), or undefined when it can.
 */
export function tagProblem(reference: string): string | undefined {
  if (reference.trim() === '') return 'Enter an image name, e.g. myapp:latest.';
  const unsafe = UNSAFE.exec(reference);
  if (unsafe) {
    const shown = /\s/.test(unsafe[0]) ? 'spaces' : `"${unsafe[0]}"`;
    return `An image tag cannot contain ${shown}: use lower-case letters, digits, and . _ - / : only (e.g. myapp:1.0).`;
  }
  const at = reference.indexOf('@');
  if (at >= 0) return 'Give a tag (name:tag), not a digest (@sha256:…): a build cannot choose its digest.';
  const lastSlash = reference.lastIndexOf('/');
  const colon = reference.lastIndexOf(':');
  const hasTag = colon > lastSlash;
  const name = hasTag ? reference.slice(0, colon) : reference;
  const tag = hasTag ? reference.slice(colon + 1) : undefined;
  if (tag !== undefined && !TAG.test(tag)) return `"${tag}" is not a valid tag: up to 128 letters, digits, _ . and -, not starting with . or -.`;
  const parts = name.split('/');
  // The first part is a registry when it looks like a host (a dot, a port, or localhost).
  const first = parts[0];
  const hasRegistry = parts.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost');
  if (hasRegistry && !REGISTRY.test(first)) return `"${first}" is not a valid registry host.`;
  for (const part of hasRegistry ? parts.slice(1) : parts) {
    if (part === '') return 'An image name cannot have an empty part between slashes.';
    if (part !== part.toLowerCase()) return `The repository name must be lower-case: "${part}".`;
    if (!COMPONENT.test(part)) return `"${part}" is not a valid name part: lower-case letters and digits, separated by . _ or -.`;
  }
  if (name.length > 255) return 'The repository name is longer than 255 characters.';
  return undefined;
}

/** `<folder>:latest` for a Dockerfile in `folder`, the folder's name made into a valid repository name. */
export function defaultTag(dockerfile: string): string {
  const folder = basename(dirname(dockerfile))
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[._-]+|[._-]+$/g, '')
    .replace(/[._-]{2,}/g, '-');
  return `${folder || 'image'}:latest`;
}

/** True when `path` is `folder` or inside it. */
export function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** Why `name` cannot be a build argument's name (empty, `=` or white space in it), or undefined. */
export function buildArgProblem(name: string): string | undefined {
  return /^[^\s=]+$/.test(name) ? undefined : `"${name}" is not a build argument name.`;
}

/** `docker build` arguments for these settings and builder; `iidFile` receives the image id. */
export function buildArguments(settings: BuildSettings, builder: Builder, iidFile: string): string[] {
  const args = ['build', '--file', settings.dockerfile, '--tag', settings.tag, '--iidfile', iidFile];
  if (settings.target) args.push('--target', settings.target);
  for (const [name, value] of Object.entries(settings.buildArgs ?? {})) args.push('--build-arg', `${name}=${value}`);
  if (settings.platform) args.push('--platform', settings.platform);
  if (settings.network) args.push('--network', settings.network);
  if (settings.noCache) args.push('--no-cache');
  if (settings.pull) args.push('--pull');
  // Plain progress is readable in a terminal and parseable; --load keeps the image in the engine
  // when the current buildx builder is a container (its default is to keep it in the build cache).
  if (builder !== 'classic') args.push('--progress', 'plain');
  if (builder === 'buildx') args.push('--load');
  args.push(settings.context);
  return args;
}

/** Why the settings cannot build, or undefined. */
export function settingsProblem(settings: BuildSettings): string | undefined {
  if (!isAbsolute(settings.dockerfile)) return `The Dockerfile path must be absolute: ${settings.dockerfile}`;
  if (!isAbsolute(settings.context)) return `The build context must be an absolute path: ${settings.context}`;
  const tag = tagProblem(settings.tag);
  if (tag) return tag;
  for (const name of Object.keys(settings.buildArgs ?? {})) {
    const problem = buildArgProblem(name);
    if (problem) return problem;
  }
  return settings.platform ? platformProblem(settings.platform) : undefined;
}

/**
 * Why `dockerfile` cannot be built from (it does not exist, or is a folder), or undefined. Checked
 * before a build starts: docker's own words for a missing file ("unable to evaluate symlinks in
 * Dockerfile path") name neither the setting nor the fix.
 */
export function dockerfileProblem(dockerfile: string): string | undefined {
  const found = statSync(dockerfile, { throwIfNoEntry: false });
  if (!found) return `The Dockerfile ${dockerfile} does not exist (moved or deleted?). Pick an existing Dockerfile, or correct the "dockerfile" path of the command's options or the task.`;
  if (!found.isFile()) return `${dockerfile} is not a file: give the path of the Dockerfile itself, not its folder.`;
  return undefined;
}

/** Why `context` cannot be a build context (it does not exist, or is not a folder), or undefined. */
function contextProblem(context: string): string | undefined {
  const found = statSync(context, { throwIfNoEntry: false });
  if (!found) return `The build context folder ${context} does not exist. Choose an existing folder, or correct the "context" path of the command's options or the task.`;
  if (!found.isDirectory()) return `The build context ${context} is not a folder: give the folder whose files the build can COPY.`;
  return undefined;
}

/** Why these settings cannot build now: what settingsProblem finds, then a Dockerfile or context missing on disk. */
export function buildProblem(settings: BuildSettings): string | undefined {
  return settingsProblem(settings) ?? dockerfileProblem(settings.dockerfile) ?? contextProblem(settings.context);
}

const PLATFORM = /^[a-z0-9_]+\/[a-z0-9_]+(?:\/[a-z0-9_]+)?$/;

/** Why `platforms` (comma-separated os/arch[/variant]) is not a --platform value, or undefined. */
export function platformProblem(platforms: string): string | undefined {
  const bad = platforms.split(',').find((platform) => !PLATFORM.test(platform.trim()));
  return bad === undefined ? undefined : `"${bad}" is not a platform: os/arch[/variant], e.g. linux/amd64 or linux/arm64 (several separated by commas).`;
}
