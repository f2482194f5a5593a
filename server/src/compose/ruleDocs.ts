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

/** README rule-table rows for the Compose rules, in the Dockerfile table's columns, sorted by code. */
export function composeRuleTableRows(rules: readonly ComposeRule[]): string {
  return [...rules]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((rule) => `| [${rule.id}](docs/rules/${rule.id}.md) | Berth (Compose) | ${rule.severity} | ${rule.summary.replace(/\|/g, '\\|')} |`)
    .join('\n');
}
