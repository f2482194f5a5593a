import { berthUrl } from '../../lint/rule';
import { pathFindings, pathKind } from '../paths';
import type { ComposeRule } from '../rule';

export const rule: ComposeRule = {
  id: 'MissingBuildContext',
  source: 'berth',
  severity: 'error',
  summary: 'A build context folder that does not exist',
  url: berthUrl('MissingBuildContext'),
  docs: {
    why: 'The build context is the folder Compose sends to the builder, relative to the Compose file. When it does not exist (a folder renamed or not checked out), `docker compose build` fails before building anything. Git and HTTP URLs are fetched by the builder and not checked here.',
    bad: 'services:\n  api:\n    build: ./services/api\n',
    good: 'services:\n  api:\n    build: ./api\n',
    files: { 'api/Dockerfile': 'FROM python:3.12-slim\n' },
  },
  check(file) {
    return pathFindings(file, (reference) => {
      if (reference.role !== 'buildContext') return undefined;
      const kind = pathKind(file, reference);
      if (kind === 'missing') return `Build context \`${reference.value}\` does not exist`;
      return kind === 'file' ? `Build context \`${reference.value}\` is a file, not a folder` : undefined;
    });
  },
};
