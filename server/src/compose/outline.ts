/**
 * A Compose file's services and the profiles they declare, for the client's Compose Up picks (which
 * profiles to enable, which services to start) and its per-service CodeLens (where each service's key
 * is), and the name of the project it makes, without Compose syntax in the client.
 */
import type { ComposeOutline } from '../protocol';
import { scalarText, type ComposeContext } from './context';
import type { VariableValue } from './environment';
import { sequenceItems } from './model';
import { resolveProjectName } from './projectName';

/** Where the file is run from and what Compose sees there; absent for a file that is not on disk. */
export interface OutlineSurroundings {
  directory: string;
  variables: ReadonlyMap<string, VariableValue>;
}

export function composeOutline(file: ComposeContext, surroundings?: OutlineSurroundings): ComposeOutline {
  const services = [...file.model.services.values()].map((service) => ({
    name: service.name,
    profiles: sequenceItems(file, service.entries.get('profiles')?.value)
      .map((item) => scalarText(item))
      .filter((profile): profile is string => profile !== undefined && profile !== ''),
    range: file.nodeRange(service.definitions[0]),
  }));
  const profiles = [...new Set(services.flatMap((service) => service.profiles))].sort();
  if (!surroundings) return { services, profiles };
  return { services, profiles, project: resolveProjectName(file, surroundings.directory, surroundings.variables) };
}
