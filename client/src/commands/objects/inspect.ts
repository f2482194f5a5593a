/**
 * `docker inspect` in a read-only editor: the engine's JSON for a container, image, volume or
 * network, served by a content provider under the berth-inspect: scheme, fetched again each time.
 */
import * as vscode from 'vscode';
import type { ObjectKind } from '../../engine/connect';
import { actionFailedMessage } from '../../engine/errors';
import type { Explorer, ViewName } from '../../explorer/registerExplorer';
import { chooseNodes, requireEngine } from '../explorerActions';
import type { BerthCommand } from '../registerCommands';

export const INSPECT_SCHEME = 'berth-inspect';

const VIEW_OF: Record<ObjectKind, ViewName> = { container: 'containers', image: 'images', volume: 'volumes', network: 'networks' };

/** berth-inspect:/container/web-1.json?<id>: the path names the tab, the query holds the engine id. */
export function inspectUri(kind: ObjectKind, label: string, id: string): vscode.Uri {
  return vscode.Uri.from({ scheme: INSPECT_SCHEME, path: `/${kind}/${label.replace(/[/\\]/g, '_')}.json`, query: encodeURIComponent(id) });
}

class InspectDocuments implements vscode.TextDocumentContentProvider {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly explorer: Explorer) {}

  /** Makes an open document fetch again. */
  reload(uri: vscode.Uri): void {
    this.changed.fire(uri);
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const kind = uri.path.split('/')[1] as ObjectKind;
    const id = decodeURIComponent(uri.query);
    try {
      return `${JSON.stringify(await requireEngine(this.explorer).inspect(kind, id), null, 2)}\n`;
    } catch (error) {
      throw new Error(actionFailedMessage('inspect', `${kind} ${id}`, error));
    }
  }
}

export function registerInspect(explorer: Explorer): { commands: BerthCommand[]; provider: vscode.Disposable } {
  const documents = new InspectDocuments(explorer);
  const provider = vscode.workspace.registerTextDocumentContentProvider(INSPECT_SCHEME, documents);
  const commands = (Object.keys(VIEW_OF) as ObjectKind[]).map((kind): BerthCommand => ({
    id: `berth.${VIEW_OF[kind]}.inspect`,
    needsTrust: false,
    title: `inspect ${kind}s`,
    async run(...args: unknown[]) {
      const nodes = await chooseNodes(explorer, args, { view: VIEW_OF[kind], accepts: (node) => node.target?.kind === kind, noun: `${kind} to inspect` });
      for (const node of nodes) {
        const uri = inspectUri(kind, node.label, node.target!.id);
        documents.reload(uri);
        const document = await vscode.workspace.openTextDocument(uri);
        await vscode.languages.setTextDocumentLanguage(document, 'json');
        await vscode.window.showTextDocument(document, { preview: nodes.length === 1 });
      }
    },
  }));
  return { commands, provider };
}
