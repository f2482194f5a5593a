import { homedir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import type { DockerfileContext } from '../dockerfile/context';
import type { RuleFinding } from '../lint/rule';
import type { ComposeContext } from './context';
import type { PathKind } from './environment';
import { substitute, type VariableLookup } from './interpolation';
import type { PathReference } from './references';

/**
 * Where the paths a Compose file names point, resolved the way Compose resolves them, and what the
 * environment reader found there. Shared by the reader (to know what to look at) and the rules (to
 * look it up), so both resolve alike.
 */

/** The key under which a service's `dockerfile_inline` is parsed in ComposeEnvironment.dockerfiles. */
export function inlineDockerfileKey(service: string): string {
  return `inline:${service}`;
}

/** The variables of the file's environment as a lookup; nothing is set when they are unknown. */
export function variableLookup(file: ComposeContext): VariableLookup {
  const variables = file.environment.variables;
  return (name) => variables?.get(name)?.value;
}

/**
 * The absolute path a reference names: relative to the Compose file's folder, a Dockerfile relative
 * to its build context, `~` as the home folder. Undefined when a variable in it is unset.
 */
export function resolveReference(reference: PathReference, directory: string, lookup: VariableLookup): string | undefined {
  const expand = (text: string): string | undefined => {
    const result = substitute(text, lookup);
    if (result.unset.length > 0 || result.error) return undefined;
    return result.value.startsWith('~/') ? join(homedir(), result.value.slice(2)) : result.value;
  };
  const value = expand(reference.value);
  if (value === undefined) return undefined;
  if (reference.role !== 'dockerfile') return resolve(directory, value);
  const base = expand(reference.base ?? '.');
  return base === undefined ? undefined : isAbsolute(value) ? value : resolve(directory, base, value);
}

/** The reference's absolute path, when the file is on disk and the path can be resolved. */
export function absolutePath(file: ComposeContext, reference: PathReference): string | undefined {
  const directory = file.environment.directory;
  return directory === undefined ? undefined : resolveReference(reference, directory, variableLookup(file));
}

/** What the environment reader found at the reference's path; undefined when it did not look. */
export function pathKind(file: ComposeContext, reference: PathReference): PathKind | undefined {
  const path = absolutePath(file, reference);
  return path === undefined ? undefined : file.environment.paths.get(path);
}

/** The parsed Dockerfile a service builds (inline or from disk), when it was read. */
export function dockerfileOf(file: ComposeContext, service: string): DockerfileContext | undefined {
  const inline = file.environment.dockerfiles.get(inlineDockerfileKey(service));
  if (inline) return inline;
  const reference = file.model.paths.find((p) => p.role === 'dockerfile' && p.service === service);
  const path = reference && absolutePath(file, reference);
  return path === undefined ? undefined : file.environment.dockerfiles.get(path);
}

/**
 * What a path rule reports: a finding on each path the file names for which `problemOf` words a
 * problem (undefined for a path that is fine, or not the rule's kind).
 */
export function pathFindings(file: ComposeContext, problemOf: (reference: PathReference) => string | undefined): RuleFinding[] {
  const findings: RuleFinding[] = [];
  for (const reference of file.model.paths) {
    const problem = problemOf(reference);
    if (problem) findings.push({ range: file.range(reference.start, reference.end), message: problem });
  }
  return findings;
}
