/**
 * What an engine view shows when the engine cannot be listed: the endpoint tried, the error, what
 * to do, and the ways out as clickable nodes (retry, pick a context, open the setting).
 */
import { WHAT_TO_DO, type EngineError } from '../engine/errors';
import { contextValues } from './contextValues';
import { markdownText } from './format';
import type { ExplorerNode } from './node';

export const RETRY_COMMAND = 'berth.engine.retry';
export const PICK_CONTEXT_COMMAND = 'berth.contexts.use';

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function engineErrorNodes(error: EngineError): ExplorerNode[] {
  const headline = error.kind === 'engine' ? 'The Docker engine refused the request' : error.kind === 'timeout' ? 'The Docker engine did not answer' : 'Cannot reach the Docker engine';
  const advice = error.kind === 'engine' ? undefined : WHAT_TO_DO;
  const nodes: ExplorerNode[] = [
    {
      id: 'engine:error',
      label: headline,
      description: error.host,
      tooltip: `**${markdownText(headline)}** at ${markdownText(error.host)}\n\n${markdownText(error.message)}`,
      contextValue: contextValues.engineUnreachable,
      icon: { id: 'error', color: 'errorForeground' },
    },
    { id: 'engine:reason', label: capitalized(error.reason), tooltip: markdownText(error.message), icon: { id: 'blank' } },
  ];
  if (advice) nodes.push({ id: 'engine:advice', label: advice, contextValue: contextValues.engineAdvice, icon: { id: 'lightbulb' } });
  nodes.push(
    { id: 'engine:retry', label: 'Retry', icon: { id: 'refresh' }, command: { command: RETRY_COMMAND, title: 'Retry' } },
    { id: 'engine:pick-context', label: 'Pick a Docker Context…', icon: { id: 'plug' }, command: { command: PICK_CONTEXT_COMMAND, title: 'Pick a Docker Context' } },
    { id: 'engine:setting', label: 'Set berth.docker.host…', icon: { id: 'gear' }, command: { command: 'workbench.action.openSettings', title: 'Open Setting', arguments: ['berth.docker.host'] } },
  );
  return nodes;
}
