import { berthUrl, type RuleFinding } from '../../lint/rule';
import { pathKind } from '../paths';
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
    const findings: RuleFinding[] = [];
    for (const reference of file.model.paths) {
      if (reference.role !== 'buildContext') continue;
      const kind = pathKind(file, reference);
      if (kind === 'missing' || kind === 'file') {
        findings.push({
          range: file.range(reference.start, reference.end),
          message: kind === 'missing' ? `Build context \`${reference.value}\` does not exist` : `Build context \`${reference.value}\` is a file, not a folder`,
        });
      }
    }
    return findings;
  },
};
