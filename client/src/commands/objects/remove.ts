/** Removing images, volumes and networks, each after a confirmation that says what is lost. */
import type { ObjectKind } from '../../engine/connect';
import type { Explorer, ViewName } from '../../explorer/registerExplorer';
import { byContext, chooseNodes, confirm, perform } from '../explorerActions';
import type { BerthCommand } from '../registerCommands';

interface Removal {
  kind: Exclude<ObjectKind, 'container'>;
  view: ViewName;
  accepts: RegExp;
  detail: string;
}

const REMOVALS: Removal[] = [
  { kind: 'image', view: 'images', accepts: /^image\./, detail: 'A tag is removed from its image; the image goes when no tag is left and no container uses it.' },
  { kind: 'volume', view: 'volumes', accepts: /^volume\./, detail: 'The data in the volume is lost.' },
  // The engine's own networks (bridge, host, none) cannot be removed.
  { kind: 'network', view: 'networks', accepts: /^network\.custom$/, detail: 'Containers still connected keep the engine from removing it.' },
];

export function removeCommands(explorer: Explorer): BerthCommand[] {
  return REMOVALS.map(({ kind, view, accepts, detail }) => ({
    id: `berth.${view}.remove`,
    needsTrust: true,
    title: `remove ${kind}s`,
    async run(...args: unknown[]) {
      const nodes = await chooseNodes(explorer, args, { view, accepts: byContext(accepts), noun: `${kind} to remove` });
      if (nodes.length === 0) return;
      const what = nodes.length === 1 ? nodes[0].target!.name : `${nodes.length} ${kind}s`;
      if (!(await confirm(`Remove ${what}?`, 'Remove', detail))) return;
      await perform(explorer, view, nodes, 'remove', (engine, node) => engine.remove(kind, node.target!.id));
    },
  }));
}
