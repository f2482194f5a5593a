import { closestWord } from '../dockerfile/builder/suggest';
import type { ResourceKind } from '../docs/compose';
import type { RuleFinding } from '../lint/rule';
import type { ComposeContext } from './context';
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
 * refuses them, with a fix to a defined name one or two letters away.
 */
export function undefinedReferenceFindings(file: ComposeContext, kind: ResourceKind): RuleFinding[] {
  const defined = definedNames(file, kind);
  if (!defined) return [];
  const findings: RuleFinding[] = [];
  for (const reference of file.model.references) {
    if (reference.kind !== kind || defined.has(reference.name)) continue;
    const range = file.range(reference.start, reference.end);
    const suggestion = closestWord(reference.name, defined);
    findings.push({
      range,
      message: `${describe(reference)}${suggestion ? `; did you mean \`${suggestion}\`?` : ''}`,
      fix: changeTo(range, suggestion),
    });
  }
  return findings;
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
