/**
 * A Compose file's services and the profiles they declare, for the client's Compose Up picks (which
 * profiles to enable, which services to start) without Compose syntax in the client.
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
  }));
  const profiles = [...new Set(services.flatMap((service) => service.profiles))].sort();
  return { services, profiles };
}
