import type { Diagnostic } from 'vscode-languageserver-types';

/** Lints a document a short while after its last change, so typing is not slowed by linting. */
export const LINT_DEBOUNCE_MS = 150;

interface Pending {
  timer: NodeJS.Timeout;
  version: number;
}

/**
 * One pending lint per document. A newer change cancels the pending run; a run whose document
 * moved on while it ran is dropped instead of published; closing cancels and clears.
 */
export class LintScheduler {
  private readonly pending = new Map<string, Pending>();

  constructor(
    private readonly lint: (uri: string) => Promise<{ version: number; diagnostics: Diagnostic[] } | undefined>,
    private readonly currentVersion: (uri: string) => number | undefined,
    private readonly publish: (uri: string, diagnostics: Diagnostic[], version?: number) => void,
    private readonly delayMs = LINT_DEBOUNCE_MS,
  ) {}

  schedule(uri: string, version: number): void {
    this.cancel(uri);
    const timer = setTimeout(() => {
      this.pending.delete(uri);
      void this.run(uri);
    }, this.delayMs);
    this.pending.set(uri, { timer, version });
  }

  /** Lints now, for the first open of a document: nothing to wait for. */
  runNow(uri: string): Promise<void> {
    this.cancel(uri);
    return this.run(uri);
  }

  close(uri: string): void {
    this.cancel(uri);
    this.publish(uri, []);
  }

  dispose(): void {
    for (const uri of [...this.pending.keys()]) this.cancel(uri);
  }

  private cancel(uri: string): void {
    const pending = this.pending.get(uri);
    if (pending) clearTimeout(pending.timer);
    this.pending.delete(uri);
  }

  private async run(uri: string): Promise<void> {
    const result = await this.lint(uri);
    if (!result) return;
    // Superseded while it ran (the settings request is asynchronous): the next run publishes.
    if (this.currentVersion(uri) !== result.version) return;
    this.publish(uri, result.diagnostics, result.version);
  }
}
