import { oneBased, type FileReport } from './report';

/** `file:line:column severity CODE (aliases) message`, one line per finding, like compilers print. */
export function formatText(reports: readonly FileReport[]): string {
  const lines: string[] = [];
  for (const report of reports) {
    for (const finding of report.findings) {
      const { line, column } = oneBased(finding);
      const aliases = finding.aliases.length > 0 ? ` (${finding.aliases.join(', ')})` : '';
      lines.push(`${report.file}:${line}:${column} ${finding.severity} ${finding.code}${aliases} ${finding.message}`);
    }
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
