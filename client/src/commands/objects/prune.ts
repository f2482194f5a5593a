/** Prune dangling images, unused volumes or unused networks, after a confirmation; reports what went. */
import * as vscode from 'vscode';
import type { ObjectKind } from '../../engine/connect';
import { actionFailedMessage } from '../../engine/errors';
import { formatBytes } from '../../explorer/format';
import { VIEW_IDS, type Explorer, type ViewName } from '../../explorer/registerExplorer';
import { confirm, requireEngine } from '../explorerActions';
import type { BerthCommand } from '../registerCommands';

interface Prune {
  kind: Exclude<ObjectKind, 'container'>;
  view: ViewName;
  id: string;
  question: string;
  detail: string;
  noun: string;
}

const PRUNES: Prune[] = [
  { kind: 'image', view: 'images', id: 'berth.images.pruneDangling', question: 'Remove all dangling images?', detail: 'Images no tag points at, often left by rebuilds.', noun: 'dangling image' },
  { kind: 'volume', view: 'volumes', id: 'berth.volumes.prune', question: 'Remove volumes no container uses?', detail: 'Their data is lost. (Docker 23 and later prune only anonymous volumes.)', noun: 'volume' },
  { kind: 'network', view: 'networks', id: 'berth.networks.prune', question: 'Remove networks no container uses?', detail: 'The engine\'s own networks stay.', noun: 'network' },
];

export function pruneCommands(explorer: Explorer): BerthCommand[] {
  return PRUNES.map(({ kind, view, id, question, detail, noun }) => ({
    id,
    needsTrust: true,
    title: `prune ${noun}s`,
    async run() {
      const engine = requireEngine(explorer);
      if (!(await confirm(question, 'Remove', detail))) return;
      try {
        const result = await vscode.window.withProgress({ location: { viewId: VIEW_IDS[view] } }, () => engine.prune(kind));
        const count = result.removed === 1 ? `1 ${noun}` : `${result.removed} ${noun}s`;
        void vscode.window.showInformationMessage(`Removed ${count}${result.spaceReclaimed > 0 ? `, ${formatBytes(result.spaceReclaimed)} reclaimed` : ''}.`);
      } catch (error) {
        throw new Error(actionFailedMessage('prune', `${noun}s`, error));
      }
    },
  }));
}
