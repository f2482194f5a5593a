/** Adds a tag to an image; the new reference is checked before the engine sees it. */
import * as vscode from 'vscode';
import { referenceProblem, splitReference } from '../../explorer/images/references';
import type { Explorer } from '../../explorer/registerExplorer';
import { byContext, chooseNodes, perform } from '../explorerActions';
import type { BerthCommand } from '../registerCommands';

export function tagCommand(explorer: Explorer): BerthCommand {
  return {
    id: 'berth.images.tag',
    needsTrust: true,
    title: 'tag images',
    async run(...args: unknown[]) {
      const [node] = await chooseNodes(explorer, args, { view: 'images', accepts: byContext(/^image\./), noun: 'image to tag' });
      if (!node) return;
      const current = node.contextValue === 'image.tagged' ? node.target!.id : '';
      const reference = await vscode.window.showInputBox({
        title: `Tag ${node.target!.name}`,
        prompt: 'New name for the image, REPOSITORY[:TAG]',
        value: current,
        validateInput: referenceProblem,
      });
      if (!reference) return;
      const { repository, tag } = splitReference(reference.trim());
      await perform(explorer, 'images', [node], 'tag', (engine) => engine.tagImage(node.target!.id, repository, tag));
    },
  };
}
