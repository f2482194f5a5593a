/** One mocha test's outcome inside VS Code, as host/main.ts writes it and vscode.test.ts reads it. */
export interface InnerTestResult {
  /** The suite and test titles, e.g. "Dockerfile diagnostics › DL3007 arrives on line 1". */
  title: string;
  state: 'passed' | 'failed' | 'pending';
  durationMs?: number;
  error?: { message: string; stack?: string };
}
