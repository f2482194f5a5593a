import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ResourceKind } from '../docs/compose';
import type { ComposeContext } from './context';
import type { VariableLookup } from './interpolation';
import { located } from './model';
import { resolveReference, variableLookup } from './paths';

/**
 * One Compose file as a member of a project (see project.ts): the files it links to through
 * `include` and `extends.file`, and every place it names a service, network, volume, secret,
 * config or model, including the service an `extends: { file, service }` names in another file.
 */

/** A file another one names. */
export interface FileLink {
  /** Its absolute path; undefined when that cannot be worked out (an unset variable, a file not on disk). */
  path?: string;
  /** As written, for messages. */
  written: string;
}

/** `extends: { file, service }`: a service of this file built on a service of another. */
export interface ExtendsLink extends FileLink {
  /** The extending service (in this file). */
  service: string;
  /** The extended service's name (in the linked file). */
  name: string;
}

/** One place a name is written: where it is defined (its key under a section) or referred to. */
export interface SymbolOccurrence {
  kind: ResourceKind;
  name: string;
  start: number;
  end: number;
  definition: boolean;
  /** For a reference, the service whose settings hold it. */
  service?: string;
  /** On the `service` of `extends: { file, service }`: the name is one of that file's services. */
  extends?: ExtendsLink;
}

export class ProjectFile {
  readonly includes: FileLink[];
  readonly extendsLinks: ExtendsLink[];
  private occurrenceList?: SymbolOccurrence[];
  private byName?: Map<string, SymbolOccurrence[]>;

  /**
   * `path` is the file's absolute path (undefined for a document not on disk); `variables` are
   * those its link paths are interpolated with.
   */
  constructor(
    readonly file: ComposeContext,
    readonly path: string | undefined,
    readonly variables: VariableLookup,
  ) {
    const linked = (role: 'include' | 'extendsFile', service?: string): FileLink[] =>
      file.model.paths
        .filter((p) => p.role === role && p.service === service)
        .map((p) => ({ path: path === undefined ? undefined : resolveReference(p, dirname(path), variables), written: p.value }));
    this.includes = linked('include');
    this.extendsLinks = [];
    for (const service of file.model.services.values()) {
      const name = extendedService(file, service.entries.get('extends')?.value);
      const [link] = linked('extendsFile', service.name);
      if (name && link) this.extendsLinks.push({ ...link, service: service.name, name: name.value });
    }
  }

  /** An open document's file: its path from a `file:` URI, its variables from what lint read beside it. */
  static fromContext(file: ComposeContext): ProjectFile {
    return new ProjectFile(file, file.uri.startsWith('file:') ? fileURLToPath(file.uri) : undefined, variableLookup(file));
  }

  get uri(): string {
    return this.file.uri;
  }

  /** Every place the file names a symbol, in text order, each place once (merged anchors are written once). */
  get occurrences(): SymbolOccurrence[] {
    return (this.occurrenceList ??= this.readOccurrences());
  }

  /** The places naming this kind and name (definitions, references and extended services alike). */
  named(kind: ResourceKind, name: string): SymbolOccurrence[] {
    if (!this.byName) {
      this.byName = new Map();
      for (const occurrence of this.occurrences) {
        const key = `${occurrence.kind}\0${occurrence.name}`;
        this.byName.set(key, [...(this.byName.get(key) ?? []), occurrence]);
      }
    }
    return this.byName.get(`${kind}\0${name}`) ?? [];
  }

  /** Where this file itself defines the name. */
  definitions(kind: ResourceKind, name: string): SymbolOccurrence[] {
    return this.named(kind, name).filter((o) => o.definition);
  }

  /** The place at an offset, if the offset is on a name. */
  at(offset: number): SymbolOccurrence | undefined {
    return this.occurrences.find((o) => offset >= o.start && offset <= o.end);
  }

  private readOccurrences(): SymbolOccurrence[] {
    const { file } = this;
    const found = new Map<number, SymbolOccurrence>();
    for (const [kind, byName] of file.model.definitions) {
      for (const [name, definitions] of byName) {
        for (const definition of definitions) {
          const key = located(file, definition.key);
          if (key && !found.has(key.start)) found.set(key.start, { kind, name, start: key.start, end: key.end, definition: true });
        }
      }
    }
    for (const { kind, name, start, end, service } of file.model.references) if (!found.has(start)) found.set(start, { kind, name, start, end, definition: false, service });
    for (const link of this.extendsLinks) {
      const name = extendedService(file, file.model.services.get(link.service)?.entries.get('extends')?.value);
      if (name && !found.has(name.start)) found.set(name.start, { kind: 'services', name: name.value, start: name.start, end: name.end, definition: false, service: link.service, extends: link });
    }
    return [...found.values()].sort((a, b) => a.start - b.start);
  }
}

/** The `service` of an `extends` that names a `file`; a name with a variable in it cannot be followed. */
function extendedService(file: ComposeContext, node: unknown) {
  const map = file.mapping(node);
  if (!file.entry(map, 'file')) return undefined;
  const name = located(file, file.entry(map, 'service')?.value);
  return name && name.value !== '' && !name.value.includes('$') ? name : undefined;
}
