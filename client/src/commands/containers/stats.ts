/**
 * Show Stats: a webview per running container charting its CPU and memory over the last few
 * minutes. It reads the engine's stats stream for that container (one sample a second, nothing
 * polled) from the moment it opens until it closes; a closed panel closes its stream. Samples keep
 * arriving while the panel is hidden, so the chart is whole when it is shown again.
 */
import * as vscode from 'vscode';
import type { Engine } from '../../engine/connect';
import { actionFailedMessage } from '../../engine/errors';
import { followStats } from '../../engine/stats';
import type { Explorer } from '../../explorer/registerExplorer';
import { byContext, chooseNodes, requireEngine } from '../explorerActions';
import type { BerthCommand } from '../registerCommands';
import { newNonce, statsPage, type ChartMessage, type PageMessage } from './statsPage';
import { STATS_WINDOW_MS, appendSample, statsChart, type TimedSample } from './statsSeries';

const VIEW_TYPE = 'berth.containerStats';
const WINDOW_LABEL = `${STATS_WINDOW_MS / 60_000} min`;

/** What Show Stats hands back to its caller (tests, other extensions' executeCommand). */
export interface StatsPanelHandle {
  readonly title: string;
  /** Resolves once the webview has drawn a chart of at least `samples` samples. */
  drawn(samples: number): Promise<void>;
  /** Settles when the stats stream has closed (the panel closed, the container stopped, the engine went away). */
  readonly streamClosed: Promise<void>;
}

class StatsPanel implements StatsPanelHandle {
  readonly panel: vscode.WebviewPanel;
  private samples: TimedSample[] = [];
  private status = 'Waiting for the first sample…';
  private live = true;
  private drawnSamples = 0;
  private readonly drawnChanged = new vscode.EventEmitter<void>();
  private readonly stream = new AbortController();
  readonly streamClosed: Promise<void>;

  constructor(engine: Engine, containerId: string, name: string, onDisposed: () => void) {
    this.panel = vscode.window.createWebviewPanel(VIEW_TYPE, `Stats: ${name}`, vscode.ViewColumn.Active, { enableScripts: true, localResourceRoots: [] });
    this.panel.webview.onDidReceiveMessage((message: PageMessage) => {
      // A webview hidden and shown again reloads its page: it asks for the chart again.
      if (message.type === 'ready') this.post();
      else if (message.type === 'drawn') {
        this.drawnSamples = message.samples;
        this.drawnChanged.fire();
      }
    });
    this.panel.onDidDispose(() => {
      this.stream.abort();
      this.live = false;
      this.drawnChanged.dispose();
      onDisposed();
    });
    this.panel.webview.html = statsPage(name, newNonce(), WINDOW_LABEL);
    this.streamClosed = followStats(engine, containerId, this.stream.signal, (sample) => {
      this.samples = appendSample(this.samples, { ...sample, time: Date.now() });
      this.status = `Live, one sample a second; the last ${WINDOW_LABEL}.`;
      this.post();
    }).then(
      () => this.end(`Stopped at ${new Date().toLocaleTimeString()}: the container stopped or the engine connection closed.`),
      (error: unknown) => this.end(actionFailedMessage('read the stats of', `container ${name}`, error)),
    );
  }

  get title(): string {
    return this.panel.title;
  }

  get isLive(): boolean {
    return this.live;
  }

  drawn(samples: number): Promise<void> {
    return new Promise((resolve) => {
      const check = () => {
        if (this.drawnSamples < samples) return;
        subscription.dispose();
        resolve();
      };
      const subscription = this.drawnChanged.event(check);
      check();
    });
  }

  reveal(): void {
    this.panel.reveal();
  }

  dispose(): void {
    this.panel.dispose();
  }

  private end(status: string): void {
    if (!this.live) return; // closed by the user: nothing left to tell
    this.live = false;
    this.status = status;
    this.post();
  }

  private post(): void {
    // A hidden webview drops messages; it asks again ("ready") when shown.
    if (!this.panel.visible) return;
    const message: ChartMessage = { type: 'chart', chart: statsChart(this.samples, Date.now()), status: this.status };
    void this.panel.webview.postMessage(message);
  }
}

/** One panel per container: showing it again reveals the open one, or starts anew once its stream ended. */
export class StatsPanels implements vscode.Disposable {
  private readonly panels = new Map<string, StatsPanel>();

  show(engine: Engine, containerId: string, name: string): StatsPanelHandle {
    const open = this.panels.get(containerId);
    if (open?.isLive) {
      open.reveal();
      return open;
    }
    open?.dispose();
    const panel: StatsPanel = new StatsPanel(engine, containerId, name, () => {
      if (this.panels.get(containerId) === panel) this.panels.delete(containerId);
    });
    this.panels.set(containerId, panel);
    return panel;
  }

  dispose(): void {
    for (const panel of [...this.panels.values()]) panel.dispose();
    this.panels.clear();
  }
}

export function statsCommand(explorer: Explorer, panels: StatsPanels): BerthCommand {
  return {
    id: 'berth.containers.stats',
    needsTrust: false,
    title: 'show container stats',
    async run(...args: unknown[]): Promise<StatsPanelHandle[]> {
      const nodes = await chooseNodes(explorer, args, { view: 'containers', accepts: byContext(/^container\.running$/), noun: 'running container whose stats to show' });
      if (nodes.length === 0) return [];
      const engine = requireEngine(explorer);
      return nodes.map((node) => panels.show(engine, node.target!.id, node.label));
    },
  };
}
