import { readdir } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { RESOURCE_KINDS, type ResourceKind } from '../docs/compose';
import { ComposeContext } from './context';
import { baseFileOf } from './environmentReader';
import { isComposeName, isDefaultComposeName } from './fileNames';
import type { ComposeProject } from './project';
import type { ProjectFile } from './projectFile';
import { ComposeProjectLoader, MAX_READ_FILES, readComposeText, type ReadText } from './projectLoader';

/**
 * Who extends the services of a Compose file from other files, and which names each of them
 * resolves. A fragment such as `common.yaml`, used through `extends: { file, service }`, may name a
 * volume, network, secret… that only the extending file declares: Compose resolves it there. The
 * undefined-reference rules read these facts (through the file's environment) to stay silent when
 * every extender declares the name.
 *
 * Extenders are looked for among the files given as open, the Compose files (by name) in the
 * fragment's folder and its parent (no deeper), and what those reach through `include` and
 * `extends.file` (see projectLoader.ts, which bounds the reading).
 */

export interface Extender {
  /** The extending file, relative to the extended file's folder, for messages. */
  file: string;
  /** The extending service. */
  service: string;
  /**
   * Per kind, the names the extending service resolves (see ComposeProject.lookup); undefined when
   * they depend on a file that could not be read, so any name may be resolved.
   */
  names?: Readonly<Record<ResourceKind, ReadonlySet<string>>>;
}

/** The services of a Compose file that other files extend (by name), each with its extenders. */
export type ExtenderFacts = ReadonlyMap<string, readonly Extender[]>;

const NO_EXTENDERS: ExtenderFacts = new Map();

/** What the gatherer reads: file texts, and the names in a folder (none when it cannot be listed). */
export interface ExtenderFileAccess {
  readText: ReadText;
  listFolder: (path: string) => Promise<string[]>;
}

export const DISK_ACCESS: ExtenderFileAccess = {
  readText: readComposeText,
  listFolder: async (path) => {
    try {
      return await readdir(path);
    } catch {
      // A folder that is gone or unreadable holds no extenders Berth can see.
      return [];
    }
  },
};

/** Finds the extenders of Compose files; keeps the parses of the files it read beside them while their text is the same. */
export class ExtenderGatherer {
  private parses = new Map<string, ComposeContext>();
  private readonly loader: ComposeProjectLoader;

  constructor(private readonly access: ExtenderFileAccess = DISK_ACCESS) {
    this.loader = new ComposeProjectLoader(access.readText);
  }

  /** The facts for each of `paths` (absolute paths of Compose files), seen with the `open` files' texts. */
  async gather(paths: readonly string[], open: readonly ComposeContext[]): Promise<Map<string, ExtenderFacts>> {
    const openPaths = new Set(open.filter((file) => file.uri.startsWith('file:')).map((file) => fileURLToPath(file.uri)));
    const folders = [...new Set(paths.flatMap((path) => [dirname(path), dirname(dirname(path))]))];
    const listed = await Promise.all(folders.map(async (folder) => (await this.access.listFolder(folder)).filter(isComposeName).sort().map((name) => join(folder, name))));
    const beside = [...new Set(listed.flat())].filter((path) => !openPaths.has(path)).slice(0, MAX_READ_FILES);
    const read = await Promise.all(beside.map(async (path) => ({ path, text: await this.access.readText(path) })));
    const parses = new Map<string, ComposeContext>();
    for (const { path, text } of read) {
      if (text === undefined) continue;
      const cached = this.parses.get(path);
      parses.set(path, cached?.text === text ? cached : new ComposeContext(text, pathToFileURL(path).toString()));
    }
    this.parses = parses;
    const index = new ExtenderIndex(await this.loader.load([...open, ...parses.values()]));
    // A file Compose runs by default is a project of its own even when others extend it: what it
    // leaves undeclared breaks `docker compose up` there, so it gets no extender facts.
    return new Map(paths.map((path) => [path, isDefaultComposeName(basename(path)) ? NO_EXTENDERS : index.factsFor(path)]));
  }
}

/**
 * The extenders a project shows. The names an extending service resolves are worked out once, and
 * once for all the services of a file that nothing extends in turn: those resolve the same names.
 */
export class ExtenderIndex {
  private definedAnywhere?: Record<ResourceKind, Set<string>>;
  private readonly resolved = new Map<string, Extender['names']>();
  /** `path\0service` of every service some file extends. */
  private readonly extended = new Set<string>();

  constructor(private readonly project: ComposeProject) {
    for (const file of project.files) for (const link of file.extendsLinks) if (link.path !== undefined) this.extended.add(`${link.path}\0${link.name}`);
  }

  factsFor(path: string): ExtenderFacts {
    const facts = new Map<string, Extender[]>();
    for (const file of this.project.files) {
      if (file.path === undefined) continue;
      for (const link of file.extendsLinks) {
        if (link.path !== path) continue;
        const extender: Extender = { file: relative(dirname(path), file.path), service: link.service, names: this.namesOf(file, link.service) };
        const extenders = facts.get(link.name) ?? [];
        extenders.push(extender);
        facts.set(link.name, extenders);
      }
    }
    return facts;
  }

  private namesOf(file: ProjectFile, service: string): Extender['names'] {
    const extended = this.extended.has(`${file.path}\0${service}`);
    const key = extended ? `${file.uri}\0${service}` : file.uri;
    if (!this.resolved.has(key)) this.resolved.set(key, this.resolvedNames(file, extended ? service : undefined));
    return this.resolved.get(key);
  }

  /**
   * The names (of those some known file defines) that the service resolves: in its file, what that
   * includes or extends it, and the base file when its file is an override (`compose.override.yaml`).
   */
  private resolvedNames(file: ProjectFile, service: string | undefined): Extender['names'] {
    const candidates = (this.definedAnywhere ??= namesDefinedIn(this.project));
    const basePath = file.path === undefined ? undefined : baseFileOf(file.path, (path) => this.project.fileAt(path) !== undefined);
    const base = basePath === undefined ? undefined : this.project.fileAt(basePath);
    // A name no known file defines is looked for everywhere it could be: that search meets any file that could not be read.
    const absent = absentName(candidates.services);
    if (this.project.lookup(file, 'services', absent, service).unseen.length > 0 || (base && this.project.lookup(base, 'services', absent).unseen.length > 0)) return undefined;
    const resolves = (kind: ResourceKind, name: string) =>
      this.project.lookup(file, kind, name, service).definitions.length > 0 || (base !== undefined && this.project.lookup(base, kind, name).definitions.length > 0);
    const names = Object.fromEntries(RESOURCE_KINDS.map((kind) => [kind, new Set([...candidates[kind]].filter((name) => resolves(kind, name)))])) as Record<ResourceKind, Set<string>>;
    // Every project has a network called `default`, declared or not.
    names.networks.add('default');
    return names;
  }
}

function namesDefinedIn(project: ComposeProject): Record<ResourceKind, Set<string>> {
  const names = Object.fromEntries(RESOURCE_KINDS.map((kind) => [kind, new Set<string>()])) as Record<ResourceKind, Set<string>>;
  for (const file of project.files) for (const [kind, defined] of file.file.model.definitions) for (const name of defined.keys()) names[kind].add(name);
  return names;
}

/** A name none of `taken`: asked for, it is looked for wherever an unknown name would be. */
function absentName(taken: ReadonlySet<string>): string {
  let name = '\0';
  while (taken.has(name)) name += '\0';
  return name;
}

/** The facts as text that is equal exactly when two facts tell the rules the same. */
export function factsSignature(facts: ExtenderFacts | undefined): string {
  // Extenders often share their names (see ExtenderIndex): each set of names is written once.
  const namesIndex = new Map<Extender['names'], number>();
  const indexOf = (names: Extender['names']) => {
    if (!namesIndex.has(names)) namesIndex.set(names, namesIndex.size);
    return namesIndex.get(names);
  };
  const extenders = [...(facts ?? [])].sort(([a], [b]) => a.localeCompare(b));
  const shape = extenders.map(([service, list]) => [service, list.map((e) => [e.file, e.service, indexOf(e.names)])]);
  const names = [...namesIndex.keys()].map((n) => n && RESOURCE_KINDS.map((kind) => [...n[kind]].sort()));
  return JSON.stringify([shape, names]);
}
