/**
 * What each service of a Compose project is doing, from the engine's containers as it lists them:
 * the labels Compose puts on every container it creates name the project and the service. Plain
 * data in and out, so unit and engine tests check it without VS Code.
 */
import type { ContainerInfo } from '../engine/connect';
import type { EngineEvent } from '../engine/events';

export const PROJECT_LABEL = 'com.docker.compose.project';
export const SERVICE_LABEL = 'com.docker.compose.service';
/** `docker compose run` containers: not the service's own. */
const ONEOFF_LABEL = 'com.docker.compose.oneoff';

export type ServiceContainer = Pick<ContainerInfo, 'Labels' | 'State' | 'Status'> & Partial<Pick<ContainerInfo, 'Names'>>;

export interface ServiceState {
  /** `running`, `exited (1)`, `healthy`, `2 running, 1 exited (137)`, `not created`. */
  text: string;
  /** One line per container: its name and the engine's status (`web-1: Up 3 minutes (healthy)`). */
  details: string[];
}

export const NOT_CREATED = 'not created';

/** The states a container can be in, in the order a mixed service lists them: what needs a look first. */
const ORDER = ['unhealthy', 'dead', 'restarting', 'exited', 'starting', 'paused', 'created', 'removing', 'healthy', 'running'];

/** The word for one container: the engine's state, its health when it has a health check, the exit code once it exited. */
export function containerState(container: Pick<ContainerInfo, 'State' | 'Status'>): string {
  const status = container.Status ?? '';
  switch (container.State) {
    case 'running':
      if (status.includes('(unhealthy)')) return 'unhealthy';
      if (status.includes('(healthy)')) return 'healthy';
      if (status.includes('(health: starting)')) return 'starting';
      return 'running';
    case 'exited': {
      const code = /^Exited \((-?\d+)\)/.exec(status)?.[1];
      return code === undefined ? 'exited' : `exited (${code})`;
    }
    default:
      return container.State || 'unknown';
  }
}

function rank(state: string): number {
  const index = ORDER.indexOf(state.split(' ')[0]);
  return index < 0 ? ORDER.length : index;
}

function containerName(container: ServiceContainer): string {
  return container.Names?.[0]?.replace(/^\//, '') ?? '';
}

/**
 * Each service's state in the project whose containers carry one of `projects` as their project
 * label, for every service named (a service without containers is `not created`). A service scaled
 * to several containers says how many are in each state.
 */
export function serviceStates(containers: Iterable<ServiceContainer>, projects: ReadonlySet<string>, services: readonly string[]): Map<string, ServiceState> {
  const byService = new Map<string, ServiceContainer[]>(services.map((name) => [name, []]));
  for (const container of containers) {
    const labels = container.Labels ?? {};
    if (!projects.has(labels[PROJECT_LABEL]) || labels[ONEOFF_LABEL] === 'True') continue;
    byService.get(labels[SERVICE_LABEL])?.push(container);
  }
  const states = new Map<string, ServiceState>();
  for (const [service, members] of byService) {
    const counts = new Map<string, number>();
    for (const member of members) counts.set(containerState(member), (counts.get(containerState(member)) ?? 0) + 1);
    const ordered = [...counts].sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b));
    const text = members.length === 0 ? NOT_CREATED
      : members.length === 1 ? ordered[0][0]
      : ordered.map(([state, count]) => `${count} ${state}`).join(', ');
    const details = members.map((member) => `${containerName(member)}: ${member.Status}`).sort();
    states.set(service, { text, details });
  }
  return states;
}

/** Container actions after which a service's state may read differently (not exec, attach, resize…). */
const STATE_ACTIONS = new Set(['create', 'start', 'restart', 'die', 'pause', 'unpause', 'destroy', 'health_status', 'oom']);

/** Whether an engine event may change the state of a service of one of `projects` (the event carries the container's labels). */
export function changesServiceState(event: EngineEvent, projects: ReadonlySet<string>): boolean {
  return event.type === 'container' && STATE_ACTIONS.has(event.action) && projects.has(event.attributes[PROJECT_LABEL]);
}
