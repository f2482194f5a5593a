/** Volumes as the Volumes view shows them: named volumes by name, then anonymous ones (64 hex digits). */
import type { VolumeInspectInfo } from '../../engine/connect';
import { contextValues } from '../contextValues';
import { byName, formatAge, formatTime, shortId, tooltip } from '../format';
import type { ExplorerNode } from '../node';

const ANONYMOUS = /^[0-9a-f]{64}$/;

interface VolumeWithTimes extends VolumeInspectInfo {
  /** RFC 3339; in the engine's answer though @types/dockerode omits it. */
  CreatedAt?: string;
}

export function volumeNodes(volumes: Iterable<VolumeInspectInfo>, nowMs: number): ExplorerNode[] {
  const nodes = [...volumes].map((volume: VolumeWithTimes) => {
    const anonymous = ANONYMOUS.test(volume.Name);
    const created = volume.CreatedAt ? Date.parse(volume.CreatedAt) : undefined;
    const project = volume.Labels?.['com.docker.compose.project'];
    const label = anonymous ? shortId(volume.Name) : volume.Name;
    return {
      node: {
        id: `volume:${volume.Name}`,
        label,
        description: [anonymous ? 'anonymous' : undefined, volume.Driver !== 'local' ? volume.Driver : undefined, project, formatAge(created, nowMs)].filter(Boolean).join(' · '),
        tooltip: tooltip(volume.Name, [
          ['Driver', volume.Driver],
          ['Mountpoint', volume.Mountpoint],
          ['Scope', volume.Scope],
          ['Compose project', project],
          ['Created', formatTime(created)],
        ]),
        contextValue: contextValues.volume(anonymous),
        icon: { id: 'database' },
        target: { kind: 'volume', id: volume.Name, name: `volume ${label}` },
      } satisfies ExplorerNode,
      anonymous,
    };
  });
  return nodes
    .sort((a, b) => Number(a.anonymous) - Number(b.anonymous) || byName(a.node.label, b.node.label))
    .map(({ node }) => node);
}
