/**
 * A Compose file's services and the profiles they declare, for the client's Compose Up picks (which
 * profiles to enable, which services to start) and its per-service CodeLens (where each service's key
 * is), and the project name the file sets, without Compose syntax in the client.
 */
import type { ComposeOutline } from '../protocol';
import { scalarText, type ComposeContext } from './context';
import { sequenceItems } from './model';

export function composeOutline(file: ComposeContext): ComposeOutline {
  const services = [...file.model.services.values()].map((service) => ({
    name: service.name,
    profiles: sequenceItems(file, service.entries.get('profiles')?.value)
      .map((item) => scalarText(item))
      .filter((profile): profile is string => profile !== undefined && profile !== ''),
    range: file.nodeRange(service.definitions[0]),
  }));
  const profiles = [...new Set(services.flatMap((service) => service.profiles))].sort();
  const name = projectName(file);
  return name === undefined ? { services, profiles } : { services, profiles, name };
}

/** The top-level `name:`; each document may set it, and as Compose merges them the last one wins. */
function projectName(file: ComposeContext): string | undefined {
  let name: string | undefined;
  for (const root of file.roots) {
    const value = scalarText(file.entry(root, 'name')?.value);
    if (value) name = value;
  }
  return name;
}
