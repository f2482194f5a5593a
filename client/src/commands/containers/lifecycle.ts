/** Start, stop, restart, pause and unpause: one command each, for the containers in a state that allows it. */
import type { ContainerVerb } from '../../engine/connect';
import type { ContainerState } from '../../explorer/contextValues';
import type { Explorer } from '../../explorer/registerExplorer';
import { byContext, chooseNodes, perform } from '../explorerActions';
import type { BerthCommand } from '../registerCommands';

/** The states each verb applies to; package.json's menus use the same lists. */
export const LIFECYCLE: Record<ContainerVerb, readonly ContainerState[]> = {
  start: ['exited', 'created', 'dead'],
  stop: ['running', 'paused', 'restarting'],
  restart: ['running', 'paused', 'exited', 'created'],
  pause: ['running'],
  unpause: ['paused'],
};

export function lifecycleCommands(explorer: Explorer): BerthCommand[] {
  return (Object.keys(LIFECYCLE) as ContainerVerb[]).map((verb) => ({
    id: `berth.containers.${verb}`,
    needsTrust: true,
    title: `${verb} containers`,
    async run(...args: unknown[]) {
      const accepts = byContext(new RegExp(`^container\\.(${LIFECYCLE[verb].join('|')})$`));
      const nodes = await chooseNodes(explorer, args, { view: 'containers', accepts, noun: `container to ${verb}` });
      await perform(explorer, 'containers', nodes, verb, (engine, node) => engine.containerAction(verb, node.target!.id));
    },
  }));
}
