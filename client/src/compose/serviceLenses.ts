/**
 * The Compose CodeLens: above each service of a Compose file, `▶ Up` (Compose Up for that service
 * alone; only in a trusted workspace) and what the service's containers are doing. Where the
 * services are comes from the language server's outline; their states from the engine the explorer
 * uses, listed once and then kept current by the engine's event stream, shared with the explorer,
 * while a Compose file with lenses is on screen. Without an engine only `▶ Up` shows.
 */
import * as vscode from 'vscode';
import type { ComposeOutlineService } from '../../../server/src/protocol';
import type { ComposeCommandOptions } from '../commands/compose/composeRunner';
import type { LanguageQueries } from '../commands/languageQueries';
import type { ContainerInfo, Engine } from '../engine/connect';
import { followEngineEvents, type EventFollower } from '../engine/sharedEvents';
import type { Explorer } from '../explorer/registerExplorer';
import { projectLabels } from './projectName';
import { changesServiceState, PROJECT_LABEL, serviceStates, type ServiceState } from './serviceStates';

export class ComposeServiceLenses implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly changes = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changes.event;
  private readonly disposables: vscode.Disposable[] = [];
  /** The project labels of each open document lenses were asked for: whose events matter. */
  private readonly projects = new Map<string, string[]>();
  private follower: EventFollower | undefined;
  private followed: Engine | undefined;
  /** The engine's Compose containers, kept only while the event stream keeps them current. */
  private snapshot: Promise<ContainerInfo[] | undefined> | undefined;
  /** The stream found the engine gone: no states until it opens again. */
  private engineDown = false;

  constructor(
    private readonly explorer: Explorer,
    private readonly queries: LanguageQueries,
  ) {
    this.disposables.push(
      vscode.languages.registerCodeLensProvider({ language: 'dockercompose', scheme: 'file' }, this),
      explorer.onDidChangeEngine(() => {
        this.stopFollowing();
        this.engineDown = false;
        this.updateFollowing();
        this.invalidate();
      }),
      vscode.window.onDidChangeVisibleTextEditors(() => this.updateFollowing()),
      vscode.workspace.onDidCloseTextDocument((document) => {
        this.projects.delete(document.uri.toString());
        this.updateFollowing();
      }),
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.changes.fire()),
    );
  }

  /** Has VS Code ask for the lenses again (once the language server, which places them, is up). */
  refresh(): void {
    this.changes.fire();
  }

  async provideCodeLenses(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.CodeLens[]> {
    const outline = await this.queries.composeOutline({ uri: document.uri.toString(), text: document.getText() });
    if (!outline || token.isCancellationRequested) return [];
    // The server names the project as Compose would (COMPOSE_PROJECT_NAME, also from .env; name:; the folder).
    const labels = outline.project ? projectLabels(outline.project) : [];
    if (labels.length > 0) this.projects.set(document.uri.toString(), labels);
    else this.projects.delete(document.uri.toString());
    this.updateFollowing();
    const containers = labels.length > 0 ? await this.containers() : undefined;
    const states = containers && serviceStates(containers, new Set(labels), outline.services.map((service) => service.name));
    // Menus hide Compose Up in Restricted Mode; so does the lens (the command would refuse anyway).
    const trusted = vscode.workspace.isTrusted;
    return outline.services.flatMap((service) => {
      const { start, end } = service.range;
      const range = new vscode.Range(start.line, start.character, end.line, end.character);
      const state = states?.get(service.name);
      return [...(trusted ? [upLens(range, document.uri, service)] : []), ...(state ? [stateLens(range, labels[0], service.name, state)] : [])];
    });
  }

  dispose(): void {
    this.stopFollowing();
    for (const disposable of [...this.disposables, this.changes]) disposable.dispose();
  }

  /** The states are stale: list again when next asked, and have VS Code ask. */
  private invalidate(): void {
    this.snapshot = undefined;
    this.changes.fire();
  }

  private containers(): Promise<ContainerInfo[] | undefined> {
    const engine = this.explorer.engine;
    if (!engine || this.engineDown) return Promise.resolve(undefined);
    if (this.snapshot) return this.snapshot;
    const listed: Promise<ContainerInfo[] | undefined> = engine.listContainers({ label: [PROJECT_LABEL] }).catch(() => {
      // The explorer shows why the engine does not answer; the lenses just show no state.
      if (this.snapshot === listed) this.snapshot = undefined;
      return undefined;
    });
    if (this.follower?.open && this.followed === engine) this.snapshot = listed;
    return listed;
  }

  /** Follows the engine's events while a Compose file with lenses is on screen; nothing runs otherwise. */
  private updateFollowing(): void {
    const engine = this.explorer.engine;
    const wanted = engine !== undefined && vscode.window.visibleTextEditors.some((editor) => this.projects.has(editor.document.uri.toString()));
    if (!wanted) {
      this.stopFollowing();
      return;
    }
    if (this.follower) return;
    this.followed = engine;
    this.follower = followEngineEvents(engine, {
      // (Re)opened: whatever happened while it was closed is unknown.
      onConnected: () => {
        this.engineDown = false;
        this.invalidate();
      },
      onDisconnected: () => {
        if (this.engineDown) return;
        this.engineDown = true;
        this.invalidate();
      },
      onEvent: (event) => {
        if (changesServiceState(event, new Set([...this.projects.values()].flat()))) this.invalidate();
      },
    });
  }

  private stopFollowing(): void {
    this.follower?.dispose();
    this.follower = undefined;
    this.followed = undefined;
    this.snapshot = undefined;
  }
}

function upLens(range: vscode.Range, file: vscode.Uri, service: ComposeOutlineService): vscode.CodeLens {
  // The options argument makes Compose Up ask nothing; the service's profiles let it start.
  const options: ComposeCommandOptions = { file, services: [service.name], profiles: service.profiles };
  return new vscode.CodeLens(range, { title: '▶ Up', command: 'berth.compose.up', arguments: [options], tooltip: `Start ${service.name} (compose up --detach ${service.name})` });
}

function stateLens(range: vscode.Range, project: string, service: string, state: ServiceState): vscode.CodeLens {
  const tooltip = state.details.length > 0 ? state.details.join('\n') : `No container of service ${service} in Compose project ${project}`;
  // A title without a command: the state is to read, not to click.
  return new vscode.CodeLens(range, { title: state.text, command: '', tooltip });
}

export function registerComposeServiceLenses(explorer: Explorer, queries: LanguageQueries): ComposeServiceLenses {
  return new ComposeServiceLenses(explorer, queries);
}
