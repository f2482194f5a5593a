import { berthUrl, type RuleFinding } from '../../lint/rule';
import { hasFallback } from '../interpolation';
import type { ComposeRule } from '../rule';

/** Compose sets these itself while it reads the file. */
const SET_BY_COMPOSE = new Set(['COMPOSE_PROJECT_NAME']);

export const rule: ComposeRule = {
  id: 'UnsetVariable',
  source: 'berth',
  severity: 'warning',
  summary: 'A variable used without a default that neither the environment nor `.env` sets',
  url: berthUrl('UnsetVariable'),
  docs: {
    why: 'Compose fills `${NAME}` from the environment it runs in and from the `.env` file beside the Compose file. When neither sets the variable, Compose warns and uses an empty string, which often yields an image without a tag or an empty password; `${NAME:?message}` stops Compose instead. Set it in `.env`, or give a default with `${NAME:-value}`. A dollar meant for a shell inside the container is written `$$`.',
    bad: 'services:\n  db:\n    image: postgres:${PG_VERSION}\n',
    good: 'services:\n  db:\n    image: postgres:${PG_VERSION:-17}\n',
  },
  check(file) {
    const variables = file.environment.variables;
    if (!variables) return [];
    const findings: RuleFinding[] = [];
    for (const use of file.interpolation.uses) {
      // A nested use is only read when the outer one falls back to it.
      if (use.nested || hasFallback(use) || variables.has(use.name) || SET_BY_COMPOSE.has(use.name)) continue;
      const required = use.operator === '?' || use.operator === ':?';
      findings.push({
        range: file.range(use.nameStart, use.nameEnd),
        message: required
          ? `Variable \`${use.name}\` is not set, and Compose stops when it is missing${use.argument ? `: "${use.argument}"` : ''}`
          : `Variable \`${use.name}\` is not set; Compose will use an empty string (set it in .env, or write \`\${${use.name}:-default}\`)`,
      });
    }
    return findings;
  },
};
