import { oneBased, type FileReport } from './report';

/** A flat JSON array of findings with 1-based positions, for scripts. */
export function formatJson(reports: readonly FileReport[]): string {
  const rows = reports.flatMap((report) =>
    report.findings.map((finding) => ({
      file: report.file,
      ...oneBased(finding),
      code: finding.code,
      aliases: finding.aliases,
      severity: finding.severity,
      message: finding.message,
    })),
  );
  return `${JSON.stringify(rows, null, 2)}\n`;
}
