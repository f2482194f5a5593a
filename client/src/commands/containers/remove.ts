/** Removes containers after a confirmation; running ones are stopped first (force), as the message says. */
import type { Explorer } from '../../explorer/registerExplorer';
import { byContext, chooseNodes, confirm, perform } from '../explorerActions';
import type { BerthCommand } from '../registerCommands';

const LIVE = /^container\.(running|paused|restarting)$/;

export function removeContainerCommand(explorer: Explorer): BerthCommand {
  return {
    id: 'berth.containers.remove',
    needsTrust: true,
    title: 'remove containers',
    async run(...args: unknown[]) {
      const nodes = await chooseNodes(explorer, args, { view: 'containers', accepts: byContext(/^container\./), noun: 'container to remove' });
      if (nodes.length === 0) return;
      const live = nodes.filter((node) => LIVE.test(node.contextValue ?? ''));
      const what = nodes.length === 1 ? `container ${nodes[0].label}` : `${nodes.length} containers`;
      const detail = live.length === 0 ? undefined
        : live.length === 1 && nodes.length === 1 ? 'It is running: it will be stopped first.'
        : `${live.map((n) => n.label).join(', ')} ${live.length === 1 ? 'is' : 'are'} running and will be stopped first.`;
      // A third argument { confirm: false } (a keybinding's or test's) skips the question.
      const ask = (args[2] as { confirm?: boolean } | undefined)?.confirm !== false;
      if (ask && !(await confirm(`Remove ${what}?`, 'Remove', detail))) return;
      await perform(explorer, 'containers', nodes, 'remove', (engine, node) => engine.remove('container', node.target!.id, { force: LIVE.test(node.contextValue ?? '') }));
    },
  };
}
