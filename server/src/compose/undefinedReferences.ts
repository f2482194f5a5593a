import { closestWord } from '../dockerfile/builder/suggest';
import type { ResourceKind } from '../docs/compose';
import type { RuleFinding } from '../lint/rule';
import type { ComposeContext } from './context';
import type { Extender } from './extenders';
import type { Reference } from './references';
import { changeTo } from './rule';

/** What each section's entries are called in messages. */
const NOUNS: Record<ResourceKind, string> = { services: 'service', networks: 'network', volumes: 'volume', secrets: 'secret', configs: 'config', models: 'model' };

/**
 * The names of a kind the project defines: in this file, in the base file it overrides and in the
 * files it includes. Undefined when some of those could not be read, so nothing can be called missing.
 */
export function definedNames(file: ComposeContext, kind: ResourceKind): Set<string> | undefined {
  const other = file.environment.otherFiles;
  // Included files define names too; without the disk they cannot be read.
  if (!other || (file.model.includes && file.environment.directory === undefined)) return undefined;
  const names = new Set([...file.model.definitions.get(kind)!.keys(), ...other.names[kind]]);
  // Every project has a network called `default`, declared or not.
  if (kind === 'networks') names.add('default');
  return names;
}

/**
 * A finding for every reference to a name of this kind the project does not define, as Compose
 * refuses them, with a fix to a defined name one or two letters away. A name used in a service that
 * other files extend is resolved where it is extended (see extenders.ts): it is reported only when
 * some extender does not resolve it either, or when no extender is known.
 */
export function undefinedReferenceFindings(file: ComposeContext, kind: ResourceKind): RuleFinding[] {
  const defined = definedNames(file, kind);
  if (!defined) return [];
  const extendersOf = extenderLookup(file);
  const findings: RuleFinding[] = [];
  for (const reference of file.model.references) {
    if (reference.kind !== kind || defined.has(reference.name)) continue;
    // `extends` without a file names a service of this very file, wherever the file is extended from.
    const extenders = reference.via === 'extends' ? [] : extendersOf(reference.service);
    const lacking = extenders.filter((extender) => extender.names && !extender.names[kind].has(reference.name));
    if (extenders.length > 0 && lacking.length === 0) continue;
    const range = file.range(reference.start, reference.end);
    const suggestion = closestWord(reference.name, defined);
    // A name close to a defined one is most likely a typo, not a fragment's name for its extenders.
    const note = extenders.length > 0 ? lackingNote(reference, lacking) : suggestion ? '' : fragmentNote(reference);
    findings.push({
      range,
      message: `${describe(reference)}${note}${suggestion ? `; did you mean \`${suggestion}\`?` : ''}`,
      fix: changeTo(range, suggestion),
    });
  }
  return findings;
}

/**
 * The extenders of each service of the file: those that extend it from other files, and the
 * extenders of the services that extend it within the file, since its settings travel with theirs.
 */
function extenderLookup(file: ComposeContext): (service: string) => Extender[] {
  const facts = file.environment.extenders;
  if (!facts || facts.size === 0) return () => [];
  const extendedWithin = new Map<string, string[]>();
  for (const { kind, via, name, service } of file.model.references) if (kind === 'services' && via === 'extends') extendedWithin.set(name, [...(extendedWithin.get(name) ?? []), service]);
  const extendersOf = (service: string, seen: Set<string>): Extender[] => {
    if (seen.has(service)) return [];
    seen.add(service);
    return [...(facts.get(service) ?? []), ...(extendedWithin.get(service) ?? []).flatMap((extending) => extendersOf(extending, seen))];
  };
  return (service) => extendersOf(service, new Set());
}

/** The extenders that do not resolve the name either. */
function lackingNote(reference: Reference, lacking: readonly Extender[]): string {
  const files = lacking.map((extender) => `\`${extender.file}\` (service \`${extender.service}\`)`);
  const list = files.length === 1 ? files[0] : `${files.slice(0, -1).join(', ')} and ${files[files.length - 1]}`;
  const declaring = reference.kind === 'services' ? 'defining' : 'declaring';
  return `; ${list} extend${files.length === 1 ? 's' : ''} \`${reference.service}\` without ${declaring} \`${reference.name}\``;
}

/**
 * With no extender known: a fragment relies on its extenders for the name. An `extends` within the
 * file is not one of those: that service must be in the file.
 */
function fragmentNote(reference: Reference): string {
  if (reference.via === 'extends') return '';
  return `; if this file is meant to be extended, the extending file must ${reference.kind === 'services' ? 'define' : 'declare'} \`${reference.name}\``;
}

function describe(reference: Reference): string {
  const target = `undefined ${NOUNS[reference.kind]} \`${reference.name}\``;
  const service = `Service \`${reference.service}\``;
  switch (reference.via) {
    case 'depends_on':
      return `${service} depends on ${target}`;
    case 'extends':
      return `${service} extends ${target}`;
    case 'links':
      return `${service} links to ${target}`;
    default:
      return reference.via === reference.kind ? `${service} refers to ${target}` : `${service} refers to ${target} in \`${reference.via}\``;
  }
}
