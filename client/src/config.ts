/** Typed reads of Berth's client settings; each getter reads the current value. */
import * as vscode from 'vscode';
import { CONTAINER_ORDERS, type ContainerOrder } from './explorer/listOptions';

export const config = {
  /** berth.docker.host: the engine to use; '' means DOCKER_HOST, else the current Docker context. */
  dockerHost(): string {
    return vscode.workspace.getConfiguration('berth.docker').get<string>('host', '');
  },
  /** berth.explorer.stats: live CPU and memory of running containers while the Containers view is visible. */
  explorerStats(): boolean {
    return vscode.workspace.getConfiguration('berth.explorer').get<boolean>('stats', true);
  },
  /** berth.explorer.sortContainersBy: the Containers view's order (an unknown value: by name). */
  containerOrder(): ContainerOrder {
    const order = vscode.workspace.getConfiguration('berth.explorer').get<string>('sortContainersBy', 'name');
    return CONTAINER_ORDERS.find((known) => known === order) ?? 'name';
  },
  /** berth.build.builder: auto-detect the builder, or always use BuildKit or the classic builder. */
  buildBuilder(): 'auto' | 'buildkit' | 'classic' {
    return vscode.workspace.getConfiguration('berth.build').get<'auto' | 'buildkit' | 'classic'>('builder', 'auto');
  },
  /** Settings whose change needs a new engine connection. */
  affectsEngine(event: vscode.ConfigurationChangeEvent): boolean {
    return event.affectsConfiguration('berth.docker.host') || event.affectsConfiguration('berth.explorer.stats');
  },
};
