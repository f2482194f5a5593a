import { basename, dirname, join } from 'node:path';
import { DockerfileContext } from '../dockerfile/context';
import { DiskFileSystem, type FileSystem } from '../fileSystem';
import { RESOURCE_KINDS, type ResourceKind } from '../docs/compose';
import { ComposeContext } from './context';
import { parseDotenv, type DotenvEntry } from './dotenv';
import type { ComposeEnvironment, OtherFiles, PathKind, VariableValue } from './environment';
import type { VariableLookup } from './interpolation';
import { inlineDockerfileKey, resolveReference } from './paths';

/**
 * Reads from disk what the Compose rules need and hands it over as a ComposeEnvironment: the
 * variables (the environment, then `.env` beside the file), whether the paths the file names
 * exist, the Dockerfiles it builds, its env files, and the names defined by the files it includes
 * or overrides. The language server and the CLI both read it here; rules never touch the disk.
 */

/** The files Compose merges a `compose.<name>.yaml` onto, in the order it looks for them. */
const BASE_FILE_NAMES = ['compose.yaml', 'compose.yml', 'docker-compose.yaml', 'docker-compose.yml'];
const MAX_INCLUDE_DEPTH = 5;

export class ComposeEnvironmentReader {
  /** Parses of other Compose files and Dockerfiles, kept while their text is the same. */
  private readonly composeParses = new Map<string, ComposeContext>();
  private readonly dockerfileParses = new Map<string, DockerfileContext>();

  constructor(
    private readonly fs: FileSystem = new DiskFileSystem(),
    private readonly processEnv: Readonly<Record<string, string | undefined>> = process.env,
  ) {}

  environment(file: ComposeContext, composePath: string): ComposeEnvironment {
    const directory = dirname(composePath);
    const variables = this.variables(directory);
    const lookup: VariableLookup = (name) => variables.get(name)?.value;
    const paths = new Map<string, PathKind>();
    const dockerfiles = new Map<string, DockerfileContext>();
    const envFiles = new Map<string, DotenvEntry[]>();
    for (const reference of file.model.paths) {
      const path = resolveReference(reference, directory, lookup);
      if (!path) continue;
      const kind = this.fs.kind(path) ?? 'missing';
      paths.set(path, kind);
      if (kind !== 'file') continue;
      if (reference.role === 'dockerfile') {
        const parsed = this.parsedDockerfile(path);
        if (parsed) dockerfiles.set(path, parsed);
      } else if (reference.role === 'envFile') envFiles.set(path, parseDotenv(this.fs.read(path) ?? '', lookup));
    }
    for (const service of file.model.services.values()) {
      const inline = service.build?.inline;
      if (inline) dockerfiles.set(inlineDockerfileKey(service.name), new DockerfileContext(inline.value));
    }
    return { directory, paths, dockerfiles, variables, envFiles, otherFiles: this.otherFiles(file, composePath, lookup) };
  }

  /**
   * The variables Compose sees in `directory`: the environment Compose runs in wins over `.env`, as
   * `docker compose` resolves them. (The outline's project name reads them alone.)
   */
  variables(directory: string): Map<string, VariableValue> {
    const variables = new Map<string, VariableValue>();
    for (const [name, value] of Object.entries(this.processEnv)) if (value !== undefined) variables.set(name, { value, source: { kind: 'environment' } });
    const dotenvPath = join(directory, '.env');
    const text = this.fs.read(dotenvPath);
    if (text !== undefined) {
      for (const entry of parseDotenv(text, (name) => this.processEnv[name])) {
        if (!variables.has(entry.name)) variables.set(entry.name, { value: entry.value, source: { kind: 'dotenv', file: dotenvPath, line: entry.line } });
      }
    }
    return variables;
  }

  /** Drops the parses kept of other files: the server calls this once no Compose file is open, when nothing asks for them. */
  forgetParses(): void {
    this.composeParses.clear();
    this.dockerfileParses.clear();
  }

  private parsedDockerfile(path: string): DockerfileContext | undefined {
    return this.parsed(path, this.dockerfileParses, (text) => new DockerfileContext(text));
  }

  private parsedCompose(path: string): ComposeContext | undefined {
    return this.parsed(path, this.composeParses, (text) => new ComposeContext(text));
  }

  /** The file at `path` parsed, the cached parse while its text is the same; undefined when it cannot be read. */
  private parsed<Parsed extends { text: string }>(path: string, parses: Map<string, Parsed>, parse: (text: string) => Parsed): Parsed | undefined {
    const text = this.fs.read(path);
    if (text === undefined) return undefined;
    const cached = parses.get(path);
    if (cached?.text === text) return cached;
    const parsed = parse(text);
    parses.set(path, parsed);
    return parsed;
  }

  /**
   * Names from the base file an override file is merged onto (`compose.override.yaml` onto
   * `compose.yaml`) and from included files. Undefined when an included file cannot be read: its
   * names are then unknown, and no reference can be called undefined.
   */
  private otherFiles(file: ComposeContext, composePath: string, lookup: VariableLookup): OtherFiles | undefined {
    const names = Object.fromEntries(RESOURCE_KINDS.map((kind) => [kind, new Set<string>()])) as Record<ResourceKind, Set<string>>;
    const runnableServices = new Set<string>();
    const add = (other: ComposeContext) => {
      for (const [kind, defined] of other.model.definitions) for (const name of defined.keys()) names[kind].add(name);
      for (const service of other.model.services.values()) if (['image', 'build', 'extends', 'provider'].some((k) => service.entries.has(k))) runnableServices.add(service.name);
    };
    const base = baseFileOf(composePath, (path) => this.fs.kind(path) === 'file');
    const baseParse = base && this.parsedCompose(base);
    if (baseParse) add(baseParse);
    const visited = new Set([composePath]);
    const include = (from: ComposeContext, fromPath: string, depth: number): boolean => {
      for (const reference of from.model.paths) {
        if (reference.role !== 'include') continue;
        const path = resolveReference(reference, dirname(fromPath), lookup);
        if (!path) return false;
        if (visited.has(path)) continue;
        visited.add(path);
        const included = this.parsedCompose(path);
        if (!included || depth >= MAX_INCLUDE_DEPTH) return false;
        add(included);
        if (!include(included, path, depth + 1)) return false;
      }
      return true;
    };
    // The base file's includes are part of the project the override is merged onto.
    const complete = include(file, composePath, 0) && (!baseParse || include(baseParse, base!, 1));
    return complete ? { names, runnableServices } : undefined;
  }
}

/** For `compose.<name>.yaml` (and the docker-compose spellings), the base file beside it, if there is one. */
export function baseFileOf(composePath: string, exists: (path: string) => boolean): string | undefined {
  const name = basename(composePath);
  if (BASE_FILE_NAMES.includes(name) || !/^(?:docker-)?compose\..+\.ya?ml$/.test(name)) return undefined;
  return BASE_FILE_NAMES.map((base) => join(dirname(composePath), base)).find(exists);
}
