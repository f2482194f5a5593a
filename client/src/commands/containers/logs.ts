/**
 * Follows a container's log into an output channel of its own ("Berth: web-1 logs"): the last
 * lines first, then new output as it comes, until the container stops, the engine connection is
 * replaced (its streams close with it) or the command runs again.
 */
import * as vscode from 'vscode';
import { isAbortError } from '../../engine/connect';
import { actionFailedMessage } from '../../engine/errors';
import type { Explorer } from '../../explorer/registerExplorer';
import { byContext, chooseNodes, requireEngine } from '../explorerActions';
import type { BerthCommand } from '../registerCommands';
import { LineSplitter, logLine } from './logText';

export const LOG_TAIL_LINES = 5_000;

interface Follower {
  channel: vscode.OutputChannel;
  abort: AbortController;
}

export class ContainerLogs implements vscode.Disposable {
  private readonly followers = new Map<string, Follower>();

  /** Shows the log of container `id`, (re)starting the follow. */
  async follow(explorer: Explorer, id: string, name: string): Promise<void> {
    const engine = requireEngine(explorer);
    let follower = this.followers.get(id);
    follower?.abort.abort();
    const channel = follower?.channel ?? vscode.window.createOutputChannel(`Berth: ${name} logs`, 'log');
    follower = { channel, abort: new AbortController() };
    this.followers.set(id, follower);
    channel.clear();
    channel.show(true);
    const { abort } = follower;
    const stream = await engine.logs(id, { follow: true, tail: LOG_TAIL_LINES }, abort.signal).catch((error: unknown) => {
      throw new Error(actionFailedMessage('show the log of', `container ${name}`, error));
    });
    const lines = new LineSplitter();
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      for (const line of lines.push(chunk)) channel.appendLine(logLine(line));
    });
    stream.on('error', (error) => {
      if (!abort.signal.aborted && !isAbortError(error)) channel.appendLine(`[Berth] ${actionFailedMessage('follow the log of', `container ${name}`, error)}`);
    });
    stream.once('close', () => {
      for (const line of lines.flush()) channel.appendLine(logLine(line));
      if (!abort.signal.aborted) channel.appendLine(`[Berth] The log ends here: container ${name} stopped or the engine closed the stream.`);
    });
  }

  dispose(): void {
    for (const follower of this.followers.values()) follower.abort.abort();
    for (const follower of this.followers.values()) follower.channel.dispose();
    this.followers.clear();
  }
}

export function logsCommand(explorer: Explorer, logs: ContainerLogs): BerthCommand {
  return {
    id: 'berth.containers.logs',
    needsTrust: false,
    title: 'show container logs',
    async run(...args: unknown[]) {
      const [node] = await chooseNodes(explorer, args, { view: 'containers', accepts: byContext(/^container\./), noun: 'container whose log to show' });
      if (node) await logs.follow(explorer, node.target!.id, node.label);
    },
  };
}
