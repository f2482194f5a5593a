import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Log } from 'sarif';
import type { Rule, Severity } from '../rule';
import { oneBased, type FileReport } from './report';

/** SARIF has three result levels; hadolint's info and style both become `note`. */
function sarifLevel(severity: Severity): 'error' | 'warning' | 'note' {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note';
}

/**
 * A file under the working directory is a URI relative to %SRCROOT%, which GitHub code scanning
 * resolves against the checkout; a file elsewhere is an absolute file: URI; stdin is `stdin`.
 */
function artifactLocation(file: string): { uri: string; uriBaseId?: string } {
  if (file === '-') return { uri: 'stdin' };
  const relativePath = relative(process.cwd(), resolve(file));
  if (relativePath.startsWith('..') || isAbsolute(relativePath)) return { uri: pathToFileURL(resolve(file)).toString() };
  return { uri: relativePath.split(sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

/** SARIF 2.1.0 with the rules that fired described in the driver, as GitHub code scanning expects. */
export function formatSarif(reports: readonly FileReport[], rules: readonly Pick<Rule, 'id' | 'aliases' | 'source' | 'severity' | 'summary' | 'url'>[], version: string): string {
  const byId = new Map(rules.map((r) => [r.id, r]));
  const used = [...new Set(reports.flatMap((r) => r.findings.map((f) => f.code)))].sort();
  const ruleIndex = new Map(used.map((id, index) => [id, index]));
  const sarif: Log = {
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
                    artifactLocation: artifactLocation(report.file),
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
