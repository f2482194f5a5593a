/**
 * Containers as the Containers view shows them: one group per Compose project (label
 * com.docker.compose.project), then the containers of no project, each in the chosen order (by
 * name, newest first, or running first). A container node shows its state as the icon and image,
 * status, published ports and live stats as the description.
 */
import type { ContainerInfo } from '../../engine/connect';
import type { StatsSample } from '../../engine/stats';
import { containerState, contextValues, type ContainerState } from '../contextValues';
import { byName, formatMemory, formatTime, shortId, tooltip } from '../format';
import type { ContainerOrder } from '../listOptions';
import type { ExplorerNode, NodeIcon } from '../node';
import { formatPort, publishedPorts, type PublishedPort } from './ports';
import { currentStatus } from './status';

export const COMPOSE_PROJECT_LABEL = 'com.docker.compose.project';
const COMPOSE_SERVICE_LABEL = 'com.docker.compose.service';
const COMPOSE_WORKING_DIR_LABEL = 'com.docker.compose.project.working_dir';
const COMPOSE_CONFIG_FILES_LABEL = 'com.docker.compose.project.config_files';

export function containerName(info: ContainerInfo): string {
  return info.Names?.[0]?.replace(/^\//, '') || shortId(info.Id);
}

function exitCode(status: string): number | undefined {
  const match = /^Exited \((-?\d+)\)/.exec(status);
  return match ? Number(match[1]) : undefined;
}

function stateIcon(state: ContainerState, status: string): NodeIcon {
  switch (state) {
    case 'running':
      return status.includes('(unhealthy)') ? { id: 'warning', color: 'charts.red' } : { id: 'debug-start', color: 'charts.green' };
    case 'paused': return { id: 'debug-pause', color: 'charts.yellow' };
    case 'restarting': return { id: 'sync~spin', color: 'charts.yellow' };
    case 'created': return { id: 'circle-outline' };
    case 'removing': return { id: 'trash' };
    case 'dead': return { id: 'error', color: 'charts.red' };
    case 'exited': {
      const code = exitCode(status);
      return code !== undefined && code !== 0 ? { id: 'debug-stop', color: 'charts.red' } : { id: 'debug-stop' };
    }
  }
}

function imageName(info: ContainerInfo): string {
  return info.Image.startsWith('sha256:') ? shortId(info.Image) : info.Image;
}

export function formatStats(sample: StatsSample | undefined): string | undefined {
  if (!sample || (sample.cpuPercent === undefined && sample.memoryBytes === undefined)) return undefined;
  const parts: string[] = [];
  if (sample.cpuPercent !== undefined) parts.push(`${sample.cpuPercent.toFixed(1)}%`);
  if (sample.memoryBytes !== undefined) parts.push(formatMemory(sample.memoryBytes));
  return parts.join(' · ');
}

function containerTooltip(info: ContainerInfo, name: string, status: string, ports: PublishedPort[], sample: StatsSample | undefined): string {
  const labels = info.Labels ?? {};
  const exposed = (info.Ports ?? []).filter((p) => !p.PublicPort).map((p) => `${p.PrivatePort}/${p.Type}`);
  const networks = Object.keys(info.NetworkSettings?.Networks ?? {});
  const memory = sample?.memoryBytes !== undefined
    ? `${formatMemory(sample.memoryBytes)}${sample.memoryLimit ? ` of ${formatMemory(sample.memoryLimit)}` : ''}`
    : undefined;
  return tooltip(name, [
    ['ID', shortId(info.Id)],
    ['Image', info.Image],
    ['Command', info.Command],
    ['State', info.State],
    ['Status', status],
    ['Created', formatTime(info.Created * 1000)],
    ['Published ports', ports.map(formatPort).join(', ')],
    ['Exposed ports', [...new Set(exposed)].join(', ')],
    ['Networks', networks.join(', ')],
    ['Compose project', labels[COMPOSE_PROJECT_LABEL]],
    ['Compose service', labels[COMPOSE_SERVICE_LABEL]],
    ['CPU', sample?.cpuPercent !== undefined ? `${sample.cpuPercent.toFixed(1)}%` : undefined],
    ['Memory', memory],
  ]);
}

/** When the engine's answers were read, so a status's duration can be carried forward to now. */
export interface StatusClock {
  nowMs: number;
  /** Per container id; a container missing here shows its status as read. */
  readAtMs: ReadonlyMap<string, number>;
}

const NO_CLOCK: StatusClock = { nowMs: 0, readAtMs: new Map() };

export function containerNode(info: ContainerInfo, sample: StatsSample | undefined, clock: StatusClock = NO_CLOCK): ExplorerNode {
  const name = containerName(info);
  const state = containerState(info.State);
  const ports = publishedPorts(info);
  const stats = state === 'running' ? sample : undefined;
  const readAt = clock.readAtMs.get(info.Id);
  const status = readAt === undefined ? info.Status : currentStatus(info.Status ?? '', readAt, clock.nowMs);
  const description = [imageName(info), status, ports.map(formatPort).join(', '), formatStats(stats)].filter(Boolean).join(' · ');
  const labels = info.Labels ?? {};
  return {
    id: `container:${info.Id}`,
    label: name,
    description,
    // Not the description: its live figures and "Up 3 seconds" would make a filter flicker.
    filterText: [name, info.Image, state, ports.map(formatPort).join(' '), labels[COMPOSE_PROJECT_LABEL], labels[COMPOSE_SERVICE_LABEL], shortId(info.Id)].filter(Boolean).join(' '),
    tooltip: containerTooltip(info, name, status, ports, stats),
    contextValue: contextValues.container(state),
    icon: stateIcon(state, info.Status ?? ''),
    target: { kind: 'container', id: info.Id, name: `container ${name}` },
  };
}

function projectNode(project: string, members: ContainerInfo[], children: ExplorerNode[]): ExplorerNode {
  const running = members.filter((c) => containerState(c.State) === 'running').length;
  const labels = members[0]?.Labels ?? {};
  return {
    id: `project:${project}`,
    label: project,
    description: `${running} of ${members.length} running`,
    tooltip: tooltip(`Compose project ${project}`, [
      ['Folder', labels[COMPOSE_WORKING_DIR_LABEL]],
      ['Files', labels[COMPOSE_CONFIG_FILES_LABEL]],
      ['Containers', `${members.length} (${running} running)`],
    ]),
    contextValue: contextValues.composeProject,
    icon: { id: 'layers', color: running > 0 ? 'charts.green' : undefined },
    children,
    // "2 of 3 running" describes the members; a filter for "running" is about them, one by one.
    filterText: project,
  };
}

/** Running first, then restarting, paused, created, exited, dead, removing. */
const STATE_RANK: Record<ContainerState, number> = { running: 0, restarting: 1, paused: 2, created: 3, exited: 4, dead: 5, removing: 6 };

function byContainerName(a: ContainerInfo, b: ContainerInfo): number {
  return byName(containerName(a), containerName(b)) || (a.Id < b.Id ? -1 : a.Id > b.Id ? 1 : 0);
}

/** How containers (and, by their best member, Compose projects) are ordered; ties go by name. */
export function compareContainers(order: ContainerOrder): (a: ContainerInfo, b: ContainerInfo) => number {
  switch (order) {
    case 'name': return byContainerName;
    case 'created': return (a, b) => b.Created - a.Created || byContainerName(a, b);
    case 'status': return (a, b) => STATE_RANK[containerState(a.State)] - STATE_RANK[containerState(b.State)] || byContainerName(a, b);
  }
}

/** The Containers view's top level. `stats` holds the latest sample per container id. */
export function containerNodes(containers: Iterable<ContainerInfo>, stats: ReadonlyMap<string, StatsSample>, order: ContainerOrder = 'name', clock: StatusClock = NO_CLOCK): ExplorerNode[] {
  const projects = new Map<string, ContainerInfo[]>();
  const loose: ContainerInfo[] = [];
  for (const info of containers) {
    const project = info.Labels?.[COMPOSE_PROJECT_LABEL];
    if (project) {
      const members = projects.get(project);
      if (members) members.push(info);
      else projects.set(project, [info]);
    } else {
      loose.push(info);
    }
  }
  const compare = compareContainers(order);
  const sortedNodes = (infos: ContainerInfo[]) => infos.sort(compare).map((info) => containerNode(info, stats.get(info.Id), clock));
  // Members sorted first: a project's first member is then the one it is ordered by.
  const groups = [...projects.entries()]
    .map(([project, members]) => ({ project, members, children: sortedNodes(members) }))
    .sort((a, b) => (order === 'name' ? 0 : compare(a.members[0], b.members[0])) || byName(a.project, b.project))
    .map(({ project, members, children }) => projectNode(project, members, children));
  return [...groups, ...sortedNodes(loose)];
}
