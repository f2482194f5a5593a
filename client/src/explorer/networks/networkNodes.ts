/** Networks as the Networks view shows them, by name; the engine's own (bridge, host, none) cannot be removed. */
import type { NetworkInspectInfo } from '../../engine/connect';
import { contextValues } from '../contextValues';
import { byName, formatTime, shortId, tooltip } from '../format';
import type { ExplorerNode } from '../node';

/** Networks every engine creates for itself (Podman calls its bridge "podman"). */
export const BUILTIN_NETWORKS = new Set(['bridge', 'host', 'none', 'podman']);

export function networkNodes(networks: Iterable<NetworkInspectInfo>): ExplorerNode[] {
  return [...networks]
    .sort((a, b) => byName(a.Name, b.Name))
    .map((network) => {
      const builtin = BUILTIN_NETWORKS.has(network.Name);
      const subnets = (network.IPAM?.Config ?? []).map((c) => c.Subnet).filter((s): s is string => Boolean(s));
      return {
        id: `network:${network.Id}`,
        label: network.Name,
        description: [network.Driver, network.Scope, network.Internal ? 'internal' : undefined, subnets.join(', ')].filter(Boolean).join(' · '),
        tooltip: tooltip(network.Name, [
          ['ID', shortId(network.Id)],
          ['Driver', network.Driver],
          ['Scope', network.Scope],
          ['Subnets', subnets.join(', ')],
          ['Internal', network.Internal ? 'yes' : undefined],
          ['Compose project', network.Labels?.['com.docker.compose.project']],
          ['Created', formatTime(network.Created ? Date.parse(network.Created) : undefined)],
        ]),
        contextValue: contextValues.network(builtin),
        icon: { id: builtin ? 'globe' : 'type-hierarchy' },
        target: { kind: 'network', id: network.Id, name: `network ${network.Name}` },
      };
    });
}
