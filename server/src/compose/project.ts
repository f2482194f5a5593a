import type { ResourceKind } from '../docs/compose';
import type { ComposeContext } from './context';
import { ProjectFile, type FileLink, type SymbolOccurrence } from './projectFile';

/**
 * The Compose files the server knows (the open ones and those reachable from them through `include`
 * and `extends.file`, see projectLoader.ts) and what each name written in them stands for, as
 * Compose resolves it:
 *
 * - A name a file defines itself is that definition.
 * - Otherwise it is defined by the files the file `include`s, and theirs in turn: each included file
 *   is loaded as a model of its own, then its services, networks, volumes… join the including
 *   project. An included file does not see the names of the file that includes it.
 * - The `service` of `extends: { file, service }` is a service of that file (not of what it includes).
 * - A file that is extended need not be a whole project: a name used in an extended service that
 *   neither the file nor its includes define is resolved where that service is extended.
 *
 * A file that should be looked in but is not known (missing, unreadable, past the loader's bounds,
 * or named with an unset variable) is reported as unseen, so a rename can refuse rather than guess.
 * `project_directory` of an include is not followed: links resolve beside the file that writes them.
 */

/** A name written in a file of the project. */
export interface Place {
  file: ProjectFile;
  occurrence: SymbolOccurrence;
}

/** What a written name stands for. */
export interface Target {
  /** The places that define it. */
  definitions: Place[];
  /** Files that could define it but are not known. */
  unseen: FileLink[];
  /** Equal for two places that stand for the same definitions (or, defined nowhere known, for the same unknown name). */
  key: string;
}

/** A place and what it stands for. */
export interface Use extends Place {
  target: Target;
}

export class ComposeProject {
  private readonly byUri = new Map<string, ProjectFile>();
  private readonly byPath = new Map<string, ProjectFile>();
  private readonly closures = new Map<ProjectFile, { files: ProjectFile[]; unseen: FileLink[] }>();

  constructor(readonly files: readonly ProjectFile[]) {
    for (const file of files) {
      this.byUri.set(file.uri, file);
      if (file.path !== undefined) this.byPath.set(file.path, file);
    }
  }

  /** One file on its own: what it links to is unseen. Enough where only the file's own text matters. */
  static of(file: ComposeContext): ComposeProject {
    return new ComposeProject([ProjectFile.fromContext(file)]);
  }

  file(uri: string): ProjectFile | undefined {
    return this.byUri.get(uri);
  }

  fileAt(path: string): ProjectFile | undefined {
    return this.byPath.get(path);
  }

  /** The name at an offset of a file, if any. */
  placeAt(uri: string, offset: number): Place | undefined {
    const file = this.byUri.get(uri);
    const occurrence = file?.at(offset);
    return file && occurrence ? { file, occurrence } : undefined;
  }

  targetOf({ file, occurrence }: Place): Target {
    const link = occurrence.extends;
    if (link) {
      const extended = link.path === undefined ? undefined : this.byPath.get(link.path);
      const definitions = extended ? extended.definitions('services', occurrence.name).map((o) => ({ file: extended, occurrence: o })) : [];
      return withKey({ definitions, unseen: extended ? [] : [link] }, `extends\0${link.path ?? `${file.uri}\0${link.written}`}\0${occurrence.name}`);
    }
    return this.lookup(file, occurrence.kind, occurrence.name, occurrence.service);
  }

  /**
   * What a name stands for when written in a file (in the settings of `service`, if given: a name
   * an extended service uses may be defined where it is extended).
   */
  lookup(file: ProjectFile, kind: ResourceKind, name: string, service?: string): Target {
    return withKey(this.resolve(file, kind, name, service, new Set()), `${file.uri}\0${kind}\0${name}`);
  }

  /** Every place, in every known file, that stands for what the place stands for (the place too). */
  usesOf(place: Place): { target: Target; uses: Use[] } {
    const target = this.targetOf(place);
    const defined = new Set(target.definitions.map(placeId));
    const uses: Use[] = [];
    for (const file of this.files) {
      for (const occurrence of file.named(place.occurrence.kind, place.occurrence.name)) {
        const other = this.targetOf({ file, occurrence });
        const same = defined.size > 0 ? other.definitions.some((d) => defined.has(placeId(d))) : other.key === target.key;
        if (same) uses.push({ file, occurrence, target: other });
      }
    }
    return { target, uses };
  }

  private resolve(file: ProjectFile, kind: ResourceKind, name: string, service: string | undefined, visited: Set<string>): Omit<Target, 'key'> {
    const own = file.definitions(kind, name);
    if (own.length > 0) return { definitions: own.map((occurrence) => ({ file, occurrence })), unseen: [] };
    const included = this.includeClosure(file);
    const definitions = included.files.flatMap((other) => other.definitions(kind, name).map((occurrence) => ({ file: other, occurrence })));
    const unseen = [...included.unseen];
    if (definitions.length > 0 || service === undefined || file.path === undefined) return { definitions, unseen };
    // Defined nowhere the file sees: an extended service takes it from where it is extended.
    visited.add(`${file.uri}\0${service}`);
    for (const extending of this.files) {
      for (const link of extending.extendsLinks) {
        if (link.path !== file.path || link.name !== service || visited.has(`${extending.uri}\0${link.service}`)) continue;
        const found = this.resolve(extending, kind, name, link.service, visited);
        for (const definition of found.definitions) if (!definitions.some((d) => placeId(d) === placeId(definition))) definitions.push(definition);
        unseen.push(...found.unseen);
      }
    }
    return { definitions, unseen };
  }

  /** The files a file includes, and theirs in turn (not the file itself), and the included files not known. */
  private includeClosure(file: ProjectFile): { files: ProjectFile[]; unseen: FileLink[] } {
    let closure = this.closures.get(file);
    if (closure) return closure;
    closure = { files: [], unseen: [] };
    const visited = new Set([file]);
    const queue = [file];
    while (queue.length > 0) {
      for (const link of queue.shift()!.includes) {
        const included = link.path === undefined ? undefined : this.byPath.get(link.path);
        if (!included) closure.unseen.push(link);
        else if (!visited.has(included)) {
          visited.add(included);
          closure.files.push(included);
          queue.push(included);
        }
      }
    }
    this.closures.set(file, closure);
    return closure;
  }
}

function placeId({ file, occurrence }: Place): string {
  return `${file.uri}#${occurrence.start}`;
}

/** A defined name is keyed by its definitions; a name defined nowhere known by `unknown`. */
function withKey(found: Omit<Target, 'key'>, unknown: string): Target {
  return { ...found, key: found.definitions.length > 0 ? found.definitions.map(placeId).sort().join('\n') : unknown };
}
