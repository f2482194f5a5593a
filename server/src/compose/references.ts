import { isScalar, type Node } from 'yaml';
import type { ResourceKind } from '../docs/compose';
import type { ComposeContext } from './context';
import { located, mappingEntries, sequenceItems, sliceOf, type Located, type ServiceInfo } from './model';

/**
 * What services refer to by name (other services, networks, volumes, secrets, configs, models) and
 * the files and folders the Compose file names, each located on the characters of the name.
 */

export interface Reference {
  kind: ResourceKind;
  name: string;
  start: number;
  end: number;
  /** The service whose settings hold the reference. */
  service: string;
  /** The key it is written under, for messages: `depends_on`, `network_mode`… */
  via: string;
}

export type PathRole = 'buildContext' | 'dockerfile' | 'envFile' | 'labelFile' | 'extendsFile' | 'include' | 'secretFile' | 'configFile';

export interface PathReference {
  role: PathRole;
  /** The path as written (it may hold variables). */
  value: string;
  start: number;
  end: number;
  /** Compose stops when it is missing (`required: false` on an env_file says otherwise). */
  required: boolean;
  service?: string;
  /** For a Dockerfile: the build context it is relative to, as written (`.` when not written). */
  base?: string;
  /** A Dockerfile nobody named: `Dockerfile` in the build context, located on the context (or `build`). */
  implicit?: boolean;
}

export function readReferences(file: ComposeContext, services: ReadonlyMap<string, ServiceInfo>): Reference[] {
  const references: Reference[] = [];
  for (const service of services.values()) {
    const add = (kind: ResourceKind, via: string, name: Located | undefined) => {
      if (name && name.value !== '' && !name.value.includes('$')) references.push({ kind, name: name.value, start: name.start, end: name.end, service: service.name, via });
    };
    const value = (key: string) => service.entries.get(key)?.value;
    const prefixed = (key: string) => {
      const written = located(file, value(key));
      if (written?.value.startsWith('service:')) add('services', key, sliceOf(file, written, 'service:'.length, written.value.length));
    };

    for (const name of listOrKeys(file, value('depends_on'))) add('services', 'depends_on', name);
    for (const link of sequenceItems(file, value('links')).map((n) => located(file, n))) if (link) add('services', 'links', beforeColon(file, link));
    readExtends(file, value('extends'), (name) => add('services', 'extends', name));
    prefixed('network_mode');
    prefixed('ipc');
    prefixed('pid');
    for (const source of sequenceItems(file, value('volumes_from')).map((n) => located(file, n))) {
      if (source && !source.value.startsWith('container:')) add('services', 'volumes_from', beforeColon(file, source));
    }
    const build = file.mapping(value('build'));
    for (const context of listOrDictValues(file, file.entry(build, 'additional_contexts')?.value)) {
      if (context.value.startsWith('service:')) add('services', 'build.additional_contexts', sliceOf(file, context, 'service:'.length, context.value.length));
    }

    for (const mount of sequenceItems(file, value('volumes'))) add('volumes', 'volumes', namedVolume(file, mount));
    for (const name of listOrKeys(file, value('networks'))) add('networks', 'networks', name);
    for (const name of grants(file, value('secrets'))) add('secrets', 'secrets', name);
    for (const name of grants(file, file.entry(build, 'secrets')?.value)) add('secrets', 'build.secrets', name);
    for (const name of grants(file, value('configs'))) add('configs', 'configs', name);
    for (const name of listOrKeys(file, value('models'))) add('models', 'models', name);
  }
  return references;
}

/** The items of a list of names, or the keys of a mapping keyed by name (`depends_on`, `networks`). */
function listOrKeys(file: ComposeContext, node: Node | null | undefined): Located[] {
  const map = file.mapping(node);
  if (map) return file.entries(map).map((e) => located(file, e.key)).filter((l): l is Located => l !== undefined);
  return sequenceItems(file, node).map((n) => located(file, n)).filter((l): l is Located => l !== undefined);
}

/** The values of a `KEY: value` mapping, or the parts after `=` of a `KEY=value` list. */
function listOrDictValues(file: ComposeContext, node: Node | null | undefined): Located[] {
  const map = file.mapping(node);
  if (map) return file.entries(map).map((e) => located(file, e.value)).filter((l): l is Located => l !== undefined);
  const values: Located[] = [];
  for (const item of sequenceItems(file, node).map((n) => located(file, n))) {
    const equals = item?.value.indexOf('=') ?? -1;
    if (item && equals >= 0) values.push(sliceOf(file, item, equals + 1, item.value.length));
  }
  return values;
}

/** `secrets:`/`configs:` grants: a name, or a mapping whose `source` is the name. */
function grants(file: ComposeContext, node: Node | null | undefined): Located[] {
  return sequenceItems(file, node)
    .map((item) => (isScalar(item) ? located(file, item) : located(file, file.entry(file.mapping(item), 'source')?.value)))
    .filter((l): l is Located => l !== undefined);
}

function beforeColon(file: ComposeContext, written: Located): Located {
  const colon = written.value.indexOf(':');
  return colon < 0 ? written : sliceOf(file, written, 0, colon);
}

function readExtends(file: ComposeContext, node: Node | null | undefined, add: (name: Located | undefined) => void): void {
  if (isScalar(node)) return add(located(file, node));
  const map = file.mapping(node);
  // A service extended from another file is that file's business.
  if (map && !file.entry(map, 'file')) add(located(file, file.entry(map, 'service')?.value));
}

/** A named volume's name in a mount: `data:/var/lib/data` (short syntax) or `type: volume` with a `source`. */
function namedVolume(file: ComposeContext, mount: Node): Located | undefined {
  if (isScalar(mount)) {
    const written = located(file, mount);
    if (!written || written.value.includes('$')) return undefined;
    const colon = written.value.indexOf(':');
    if (colon < 0) return undefined; // only a container path: an anonymous volume
    const source = written.value.slice(0, colon);
    // Host paths start with `.`, `/` or `~`; `C:` is a Windows drive; a volume name is a plain word.
    if (!/^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/.test(source) || (source.length === 1 && /^[\\/]/.test(written.value.slice(colon + 1)))) return undefined;
    return sliceOf(file, written, 0, colon);
  }
  const map = file.mapping(mount);
  if (!map || located(file, file.entry(map, 'type')?.value)?.value !== 'volume') return undefined;
  return located(file, file.entry(map, 'source')?.value);
}

export function readPathReferences(file: ComposeContext, services: ReadonlyMap<string, ServiceInfo>): PathReference[] {
  const paths: PathReference[] = [];
  const add = (role: PathRole, written: Located | undefined, extra: Partial<PathReference> = {}) => {
    if (written && written.value !== '') paths.push({ role, value: written.value, start: written.start, end: written.end, required: true, ...extra });
  };
  for (const service of services.values()) {
    const value = (key: string) => service.entries.get(key)?.value;
    const build = service.build;
    if (build && !isRemote(build.context?.value ?? '.')) {
      add('buildContext', build.context, { service: service.name });
      const base = build.context?.value ?? '.';
      if (build.dockerfile) add('dockerfile', build.dockerfile, { service: service.name, base });
      else if (!build.inline) {
        const at = build.context ?? { value: 'Dockerfile', node: build.key, start: build.key.range![0], end: build.key.range![1] };
        paths.push({ role: 'dockerfile', value: 'Dockerfile', start: at.start, end: at.end, required: true, service: service.name, base, implicit: true });
      }
    }
    for (const item of stringOrList(file, value('env_file'))) add('envFile', item.path, { service: service.name, required: item.required });
    for (const item of stringOrList(file, value('label_file'))) add('labelFile', item.path, { service: service.name });
    const extendsMap = file.mapping(value('extends'));
    add('extendsFile', located(file, file.entry(extendsMap, 'file')?.value), { service: service.name });
  }
  for (const root of file.roots) {
    for (const include of sequenceItems(file, file.entry(root, 'include')?.value)) {
      if (isScalar(include)) add('include', located(file, include));
      for (const item of stringOrList(file, file.entry(file.mapping(include), 'path')?.value)) add('include', item.path);
      for (const item of stringOrList(file, file.entry(file.mapping(include), 'env_file')?.value)) add('envFile', item.path);
    }
    for (const [section, role] of [['secrets', 'secretFile'], ['configs', 'configFile']] as const) {
      for (const definition of mappingEntries(file, file.entry(root, section)?.value)) add(role, located(file, file.entry(file.mapping(definition.value), 'file')?.value));
    }
  }
  return paths;
}

/** A path or a list of paths; list items may be `{ path, required }` mappings (env_file). */
function stringOrList(file: ComposeContext, node: Node | null | undefined): { path: Located | undefined; required: boolean }[] {
  if (isScalar(node)) return [{ path: located(file, node), required: true }];
  return sequenceItems(file, node).map((item) => {
    if (isScalar(item)) return { path: located(file, item), required: true };
    const map = file.mapping(item);
    const required = located(file, file.entry(map, 'required')?.value)?.value;
    return { path: located(file, file.entry(map, 'path')?.value), required: required !== 'false' };
  });
}

/** A build context the builder fetches (a Git repository or a tarball URL), not a local folder. */
export function isRemote(context: string): boolean {
  return /^(?:[a-z][a-z0-9+.-]*:\/\/|git@|github\.com\/)/i.test(context) || /\.git(?:#.*)?$/.test(context);
}
