import type { Rule, Severity } from '../rule';
import { oneBased, type FileReport } from './report';

/** SARIF has three result levels; hadolint's info and style both become `note`. */
function sarifLevel(severity: Severity): 'error' | 'warning' | 'note' {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note';
}

/** Paths become URIs relative to the working directory (SRCROOT), which GitHub code scanning resolves. */
function artifactUri(file: string): string {
  return file.replace(/\\/g, '/').replace(/^\.\//, '').split('/').map(encodeURIComponent).join('/');
}

/** SARIF 2.1.0 with the rules that fired described in the driver, as GitHub code scanning expects. */
export function formatSarif(reports: readonly FileReport[], rules: readonly Rule[], version: string): string {
  const byId = new Map(rules.map((r) => [r.id, r]));
  const used = [...new Set(reports.flatMap((r) => r.findings.map((f) => f.code)))].sort();
  const ruleIndex = new Map(used.map((id, index) => [id, index]));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Berth',
            version,
            informationUri: 'https://github.com/berth-dev/berth',
            rules: used.map((id) => {
              const rule = byId.get(id);
              return {
                id,
                name: id,
                shortDescription: { text: rule?.summary ?? id },
                helpUri: rule?.url,
                defaultConfiguration: { level: sarifLevel(rule?.severity ?? 'warning') },
                properties: { tags: [rule?.source ?? 'berth', ...(rule?.aliases ?? [])] },
              };
            }),
          },
        },
        results: reports.flatMap((report) =>
          report.findings.map((finding) => {
            const { line, column, endLine, endColumn } = oneBased(finding);
            return {
              ruleId: finding.code,
              ruleIndex: ruleIndex.get(finding.code),
              level: sarifLevel(finding.severity),
              message: { text: finding.message },
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: { uri: artifactUri(report.file), uriBaseId: '%SRCROOT%' },
                    region: { startLine: line, startColumn: column, endLine, endColumn },
                  },
                },
              ],
            };
          }),
        ),
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
