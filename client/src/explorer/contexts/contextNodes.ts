/**
 * Docker contexts as the Contexts view shows them: "default" first, then the store's contexts by
 * name, the current one checked. When berth.docker.host or DOCKER_HOST decides the engine, a first
 * node says so: switching contexts would change nothing until that is cleared.
 */
import { DEFAULT_CONTEXT, type DockerContext } from '../../engine/contexts';
import type { EngineEndpoint } from '../../engine/endpoint';
import { contextValues } from '../contextValues';
import { tooltip } from '../format';
import type { ExplorerNode } from '../node';

export interface ContextListing {
  contexts: DockerContext[];
  /** The current context's name ("default" when none is chosen). */
  current: string;
  /** The endpoint in use, to tell when a setting or DOCKER_HOST overrides contexts. */
  endpoint: EngineEndpoint | undefined;
  /** Where "default" points: DOCKER_HOST or the platform's socket. */
  defaultHost: string;
}

function overrideNode(endpoint: EngineEndpoint | undefined): ExplorerNode | undefined {
  if (endpoint?.source === 'setting') {
    return {
      id: 'override',
      label: 'berth.docker.host overrides contexts',
      description: endpoint.host,
      tooltip: tooltip('berth.docker.host is set', [['Engine', endpoint.host], ['To use contexts', 'clear the setting']]),
      icon: { id: 'info' },
      command: { command: 'workbench.action.openSettings', title: 'Open Setting', arguments: ['berth.docker.host'] },
    };
  }
  if (endpoint?.source === 'DOCKER_HOST') {
    return {
      id: 'override',
      label: 'DOCKER_HOST overrides contexts',
      description: endpoint.host,
      tooltip: tooltip('DOCKER_HOST is set in VS Code\'s environment', [['Engine', endpoint.host], ['To use contexts', 'unset DOCKER_HOST and restart VS Code']]),
      icon: { id: 'info' },
    };
  }
  return undefined;
}

export function contextNodes({ contexts, current, endpoint, defaultHost }: ContextListing): ExplorerNode[] {
  const all: DockerContext[] = [
    { name: DEFAULT_CONTEXT, description: 'DOCKER_HOST or the default socket', host: defaultHost, skipTlsVerify: false, tlsDir: undefined },
    ...contexts.filter((c) => c.name !== DEFAULT_CONTEXT),
  ];
  const nodes = all.map((context): ExplorerNode => {
    const isCurrent = context.name === current;
    return {
      id: `context:${context.name}`,
      label: context.name,
      description: [isCurrent ? 'current' : undefined, context.host].filter(Boolean).join(' · '),
      tooltip: tooltip(`Docker context ${context.name}`, [
        ['Description', context.description],
        ['Engine', context.host],
        ['TLS', context.tlsDir ? (context.skipTlsVerify ? 'yes, without verifying the engine' : 'yes') : undefined],
        ['Current', isCurrent ? 'yes' : undefined],
      ]),
      contextValue: contextValues.context(isCurrent),
      icon: isCurrent ? { id: 'pass-filled', color: 'charts.green' } : { id: 'plug' },
      target: { kind: 'context', id: context.name, name: `context ${context.name}` },
    };
  });
  const note = overrideNode(endpoint);
  return note ? [note, ...nodes] : nodes;
}
