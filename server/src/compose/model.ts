import { isScalar, isSeq, type Node, type Scalar, type YAMLMap } from 'yaml';
import { RESOURCE_KINDS, type ResourceKind } from '../docs/compose';
import { scalarText, type ComposeContext, type MapEntry } from './context';
import { readPathReferences, readReferences, type PathReference, type Reference } from './references';

/**
 * The Compose file as a project: the services and the named networks, volumes, secrets, configs and
 * models it defines, what refers to them, and the paths it names. Merge keys are applied; when a
 * file holds several YAML documents, a later one adds to and overrides an earlier one, as Compose
 * merges them.
 */

/** A name defined under a top-level section (`services:`, `volumes:`…). */
export interface Definition {
  kind: ResourceKind;
  name: string;
  key: Scalar;
  value: Node | null;
}

export interface ServiceInfo {
  name: string;
  /** Where it is defined: one key per document that defines it. */
  definitions: Scalar[];
  /** Its keys, merge keys applied; a later document's keys replace an earlier one's. */
  entries: Map<string, MapEntry>;
  build?: BuildInfo;
}

/** A written string value and where its text is. */
export interface Located {
  value: string;
  node: Node;
  start: number;
  end: number;
}

export interface BuildInfo {
  /** The `build` key, to point at when the context is implicit. */
  key: Scalar;
  /** As written; undefined means `.`. */
  context?: Located;
  dockerfile?: Located;
  inline?: Located;
  target?: Located;
  /** The build argument names, where each is written. */
  args: Located[];
}

export interface ComposeModel {
  definitions: ReadonlyMap<ResourceKind, ReadonlyMap<string, Definition[]>>;
  services: ReadonlyMap<string, ServiceInfo>;
  references: Reference[];
  paths: PathReference[];
  /** The file includes others, whose names this file may use. */
  includes: boolean;
  /** The obsolete top-level `version` keys. */
  versionKeys: Scalar[];
}

export function readModel(file: ComposeContext): ComposeModel {
  const definitions = new Map<ResourceKind, Map<string, Definition[]>>(RESOURCE_KINDS.map((kind) => [kind, new Map()]));
  const services = new Map<string, ServiceInfo>();
  const versionKeys: Scalar[] = [];
  let includes = false;
  for (const root of file.roots) {
    for (const top of file.entries(root)) {
      if (top.name === 'version' && !top.merged) versionKeys.push(top.key);
      if (top.name === 'include') includes = true;
      if (!(RESOURCE_KINDS as readonly string[]).includes(top.name)) continue;
      const kind = top.name as ResourceKind;
      const section = file.mapping(top.value);
      if (!section) continue;
      for (const entry of file.entries(section)) {
        const byName = definitions.get(kind)!;
        const definition: Definition = { kind, name: entry.name, key: entry.key, value: entry.value };
        byName.set(entry.name, [...(byName.get(entry.name) ?? []), definition]);
        if (kind === 'services') addService(file, services, entry);
      }
    }
  }
  for (const service of services.values()) service.build = readBuild(file, service);
  return { definitions, services, references: readReferences(file, services), paths: readPathReferences(file, services), includes, versionKeys };
}

function addService(file: ComposeContext, services: Map<string, ServiceInfo>, entry: MapEntry): void {
  let service = services.get(entry.name);
  if (!service) {
    service = { name: entry.name, definitions: [], entries: new Map() };
    services.set(entry.name, service);
  }
  service.definitions.push(entry.key);
  const body = file.mapping(entry.value);
  if (body) for (const attribute of file.entries(body)) service.entries.set(attribute.name, attribute);
}

function readBuild(file: ComposeContext, service: ServiceInfo): BuildInfo | undefined {
  const build = service.entries.get('build');
  if (!build) return undefined;
  const info: BuildInfo = { key: build.key, args: [] };
  if (isScalar(build.value)) {
    info.context = located(file, build.value);
    return info;
  }
  const body = file.mapping(build.value);
  if (!body) return info;
  const value = (name: string) => located(file, file.entry(body, name)?.value);
  info.context = value('context');
  info.dockerfile = value('dockerfile');
  info.inline = value('dockerfile_inline');
  info.target = value('target');
  const args = file.entry(body, 'args')?.value;
  info.args = namesOfListOrDict(file, args);
  return info;
}

/** The names of a `KEY: value` mapping or a `KEY=value` list, located on their text. */
export function namesOfListOrDict(file: ComposeContext, node: Node | null | undefined): Located[] {
  const map = file.mapping(node);
  if (map) return file.entries(map).map((e) => located(file, e.key)!).filter(Boolean);
  const resolved = file.resolve(node);
  if (!isSeq(resolved)) return [];
  const names: Located[] = [];
  for (const item of resolved.items) {
    const entry = located(file, file.resolve(item));
    if (!entry) continue;
    const name = entry.value.split('=')[0];
    names.push(sliceOf(file, entry, 0, name.length));
  }
  return names;
}

/** A scalar's text and where it is; undefined for anything but a string, number or boolean scalar. */
export function located(file: ComposeContext, node: Node | null | undefined): Located | undefined {
  const value = scalarText(node);
  if (value === undefined || !node?.range) return undefined;
  const [start, end] = node.range;
  const { offset, exact } = textOffset(file, node as Scalar, start, end);
  return exact ? { value, node, start: start + offset, end: start + offset + value.length } : { value, node, start, end };
}

/**
 * Part of a located value (characters `from` to `to` of its text). A value whose text differs from
 * its source (escapes, folded lines) cannot be sliced: the whole value is the best place to point.
 */
export function sliceOf(file: ComposeContext, whole: Located, from: number, to: number): Located {
  const exact = whole.end - whole.start === whole.value.length && file.text.slice(whole.start, whole.end) === whole.value;
  const value = whole.value.slice(from, to);
  return exact ? { value, node: whole.node, start: whole.start + from, end: whole.start + to } : { ...whole, value };
}

/** Where a scalar's value starts inside its source: after the quote of a quoted string, if its text is the value. */
function textOffset(file: ComposeContext, node: Scalar, start: number, end: number): { offset: number; exact: boolean } {
  const source = file.text.slice(start, end);
  const value = scalarText(node) ?? '';
  if (node.type === 'PLAIN' && source === value) return { offset: 0, exact: true };
  if ((node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') && source.slice(1, -1) === value) return { offset: 1, exact: true };
  return { offset: 0, exact: false };
}

/** The items of a sequence node (through an alias), each resolved. */
export function sequenceItems(file: ComposeContext, node: Node | null | undefined): Node[] {
  const resolved = file.resolve(node);
  if (!isSeq(resolved)) return [];
  return resolved.items.map((item) => file.resolve(item)).filter((item): item is Node => item !== null);
}

/** A mapping's entries when the node is one (through an alias); none otherwise. */
export function mappingEntries(file: ComposeContext, node: Node | null | undefined): MapEntry[] {
  const map: YAMLMap | undefined = file.mapping(node);
  return map ? file.entries(map) : [];
}
