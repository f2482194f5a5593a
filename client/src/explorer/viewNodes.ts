/**
 * What an engine view shows from the data the model holds and the user's choices (a filter, the
 * containers' order): the builders' nodes, filtered, or one node saying nothing matched.
 */
import type { ContainerInfo, ImageInfo, NetworkInspectInfo, VolumeInspectInfo } from '../engine/connect';
import type { StatsSample } from '../engine/stats';
import { containerNodes } from './containers/containerNodes';
import type { EngineView } from './explorerModel';
import { imageNodes } from './images/imageNodes';
import { filterNodes, noMatchNode, type ContainerOrder } from './listOptions';
import type { ExplorerNode } from './node';
import { networkNodes } from './networks/networkNodes';
import { volumeNodes } from './volumes/volumeNodes';

export interface ViewData {
  containers: Iterable<ContainerInfo>;
  /** The latest stats sample per running container id. */
  samples: ReadonlyMap<string, StatsSample>;
  /** When each container's status was read, in ms. */
  statusReadAt: ReadonlyMap<string, number>;
  images: Iterable<ImageInfo>;
  volumes: Iterable<VolumeInspectInfo>;
  networks: Iterable<NetworkInspectInfo>;
}

export interface ViewChoices {
  /** Blank or absent: no filter. */
  filter: string | undefined;
  containerOrder: ContainerOrder;
  nowMs: number;
}

function allNodes(view: EngineView, data: ViewData, choices: ViewChoices): ExplorerNode[] {
  switch (view) {
    case 'containers': return containerNodes(data.containers, data.samples, choices.containerOrder, { nowMs: choices.nowMs, readAtMs: data.statusReadAt });
    case 'images': return imageNodes(data.images, choices.nowMs);
    case 'volumes': return volumeNodes(data.volumes, choices.nowMs);
    case 'networks': return networkNodes(data.networks);
  }
}

export function viewNodes(view: EngineView, data: ViewData, choices: ViewChoices): ExplorerNode[] {
  const nodes = allNodes(view, data, choices);
  if (!choices.filter?.trim()) return nodes;
  const shown = filterNodes(nodes, choices.filter);
  return shown.length > 0 ? shown : [noMatchNode(view, choices.filter, `berth.${view}.clearFilter`)];
}
