import { withReadmeTable } from '../lint/ruleDocs';
import type { ComposeRule } from './rule';

/**
 * The docs page of a Compose rule (docs/rules/<id>.md, written by scripts/generate-docs.ts), and
 * its rows for the README's rule table, from the rule's metadata.
 */
export function composeRuleDocsPage(rule: ComposeRule): string {
  const files = Object.entries(rule.docs.files ?? {});
  const beside = files.length > 0 ? `\nBoth examples sit beside these files:\n\n${files.map(([path, text]) => `\`${path}\`${path.endsWith('/') ? ' (a folder)' : `:\n\n\`\`\`\n${text.trimEnd()}\n\`\`\``}`).join('\n\n')}\n` : '';
  return `# ${rule.id}

${rule.summary}

**Default severity:** ${rule.severity} · **Origin:** Berth · **Applies to:** Compose files

## Why

${rule.docs.why}
${beside}
## Flagged

\`\`\`yaml
${rule.docs.bad.trimEnd()}
\`\`\`

## Fixed

\`\`\`yaml
${rule.docs.good.trimEnd()}
\`\`\`

## Silencing it

- In VS Code: add \`${rule.id}\` to \`berth.lint.ignore\`, or set it to \`off\` in \`berth.lint.severity\`.
- With the CLI: \`berth lint --ignore ${rule.id}\`, or \`ignored: [${rule.id}]\` in the \`.hadolint.yaml\` found upward from the Compose file.
`;
}

/** The README's Compose rule table, in the Dockerfile table's columns, sorted by code. */
export function composeRuleTable(rules: readonly ComposeRule[]): string {
  const rows = [...rules]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((rule) => `| [${rule.id}](docs/rules/${rule.id}.md) | ${rule.severity} | ${rule.summary.replace(/\|/g, '\\|')} |`);
  return ['| Code | Severity | What it flags |', '| --- | --- | --- |', ...rows].join('\n');
}

/** The README with its Compose rule table replaced by the current one. */
export function withComposeRuleTable(readme: string, rules: readonly ComposeRule[]): string {
  return withReadmeTable(readme, 'compose-rule-table', composeRuleTable(rules));
}
