import type { Diagnostic } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { toLintSettings } from './lint/config';
import { configProblemDiagnostic, fileTooLargeDiagnostic, toDiagnostic } from './lint/diagnostics';
import type { FileEnvironmentReader } from './lint/fileEnvironment';
import { lintDockerfile, type LintFinding, type RuleFailure } from './lint/runner';
import { LintScheduler } from './lintScheduler';
import type { ParsedDocuments } from './parsedDocuments';
import type { BuildContextInfo, DockerfileContext } from './dockerfile/context';
import { externalBaseImages } from './dockerfile/baseImages';
import type { ImagePlatformCache } from './imagePlatforms';
import type { ParsedComposeDocuments } from './compose/documents';
import type { ComposeEnvironmentReader } from './compose/environmentReader';
import type { ExtenderFactsCache } from './compose/extenderCache';
import { lintCompose } from './compose/lint';
import { filePath, tooLargeToAnalyse, type OpenDocuments } from './openDocuments';
import { DEFAULT_LINT_CONFIGURATION, type LintConfiguration } from './protocol';

export interface DocumentLinterOptions {
  documents: OpenDocuments;
  parsed: ParsedDocuments;
  parsedCompose: ParsedComposeDocuments;
  environments: FileEnvironmentReader;
  composeEnvironments: ComposeEnvironmentReader;
  imagePlatforms: ImagePlatformCache;
  extenderFacts: ExtenderFactsCache;
  /** Asks the client for a document's settings; undefined when the client takes no configuration requests. */
  askSettings: (uri: string) => Promise<Partial<LintConfiguration> | null> | undefined;
  clientReportsImagePlatforms: () => boolean;
  logError: (message: string) => void;
  showWarning: (message: string) => void;
  publish: (uri: string, diagnostics: Diagnostic[], version?: number) => void;
}

/**
 * Lints the open Dockerfiles and Compose files as they change, with each document's settings and
 * what is on disk around it, and keeps each document's findings for the quick fixes.
 */
export class DocumentLinter {
  private readonly settingsByUri = new Map<string, Promise<LintConfiguration>>();
  private readonly reportedRuleFailures = new Set<string>();
  private readonly shownConfigProblems = new Set<string>();
  /** Each document's findings from its last lint, for the quick fixes of the diagnostics they became. */
  private readonly lintedFindings = new Map<string, { version: number; findings: LintFinding[] }>();
  private readonly scheduler: LintScheduler;

  constructor(private readonly options: DocumentLinterOptions) {
    this.scheduler = new LintScheduler((uri) => this.lint(uri), (uri) => options.documents.get(uri)?.version, options.publish);
  }

  /** Lints now, for the first open of a document: nothing to wait for. */
  opened(document: TextDocument): void {
    void this.scheduler.runNow(document.uri);
  }

  changed(document: TextDocument): void {
    this.scheduler.schedule(document.uri, document.version);
  }

  closed(uri: string): void {
    this.settingsByUri.delete(uri);
    this.lintedFindings.delete(uri);
    this.scheduler.close(uri);
  }

  settingsChanged(): void {
    this.settingsByUri.clear();
    this.lintAgain(() => true);
  }

  /** Lints again, after the usual delay, the open documents `which` picks. */
  lintAgain(which: (document: TextDocument) => boolean): void {
    for (const document of this.options.documents.all()) if (which(document)) this.scheduler.schedule(document.uri, document.version);
  }

  /** Only findings of the version in the editor: edits made for older text would land on moved lines. */
  currentFindings(uri: string): LintFinding[] {
    const linted = this.lintedFindings.get(uri);
    return linted && linted.version === this.options.documents.get(uri)?.version ? linted.findings : [];
  }

  dispose(): void {
    this.scheduler.dispose();
  }

  /** Settings per document, asked of the client once and forgotten on close or change. */
  private configurationFor(uri: string): Promise<LintConfiguration> {
    let settings = this.settingsByUri.get(uri);
    if (!settings) {
      const asked = this.options.askSettings(uri);
      if (!asked) return Promise.resolve(DEFAULT_LINT_CONFIGURATION);
      settings = asked.then((value) => ({ ...DEFAULT_LINT_CONFIGURATION, ...value }));
      this.settingsByUri.set(uri, settings);
    }
    return settings;
  }

  private async lint(uri: string): Promise<{ version: number; diagnostics: Diagnostic[] } | undefined> {
    const document = this.options.documents.get(uri);
    if (!document) return undefined;
    if (document.languageId !== 'dockerfile' && document.languageId !== 'dockercompose') return { version: document.version, diagnostics: [] };
    const version = document.version;
    const configuration = await this.configurationFor(uri);
    if (!configuration.enable || tooLargeToAnalyse(document)) {
      // No findings shown, so none to fix: quick fixes must not act on the findings of an earlier lint.
      this.lintedFindings.delete(uri);
      return { version, diagnostics: configuration.enable ? [fileTooLargeDiagnostic(document.getText().length)] : [] };
    }
    if (document.languageId === 'dockercompose') return { version, diagnostics: this.lintComposeDocument(document, configuration) };
    const { parsed, environments, clientReportsImagePlatforms } = this.options;
    const environment = environments.environment(filePath(uri));
    const result = lintDockerfile({
      text: document.getText(),
      parsed: parsed.get(document),
      uri,
      settings: toLintSettings(environment.config, { ignored: configuration.ignore, severity: configuration.severity }),
      buildContext: clientReportsImagePlatforms() ? this.withImagePlatforms(environment.buildContext, parsed.get(document)) : environment.buildContext,
    });
    this.lintedFindings.set(uri, { version, findings: result.findings });
    this.reportRuleFailures(result.failures, uri);
    for (const problem of environment.configProblems) {
      const key = `${problem.file}\n${problem.message}`;
      if (this.shownConfigProblems.has(key)) continue;
      this.shownConfigProblems.add(key);
      this.options.showWarning(`Berth: ${problem.file}: ${problem.message}. Linting goes on with the defaults for this setting.`);
    }
    return { version, diagnostics: [...environment.configProblems.map(configProblemDiagnostic), ...result.findings.map(toDiagnostic)] };
  }

  /**
   * The build context with what the client has reported of the engine's platform and of the file's
   * base images (named as they expand on that engine); what is not known yet is asked for in the
   * background, and its answer lints again.
   */
  private withImagePlatforms(buildContext: BuildContextInfo, file: DockerfileContext): BuildContextInfo {
    const { imagePlatforms } = this.options;
    const platforms = imagePlatforms.known(externalBaseImages(file, imagePlatforms.enginePlatform).map((image) => image.name));
    return platforms ? { ...buildContext, platforms } : buildContext;
  }

  /** Lints a Compose file with what is on disk around it (read afresh each version, cached by modification time). */
  private lintComposeDocument(document: TextDocument, configuration: LintConfiguration): Diagnostic[] {
    const { parsedCompose, composeEnvironments, extenderFacts } = this.options;
    const path = filePath(document.uri);
    const file = path
      ? parsedCompose.attach(document, { ...composeEnvironments.environment(parsedCompose.get(document), path), extenders: extenderFacts.known(path) })
      : parsedCompose.get(document);
    const result = lintCompose({ text: document.getText(), parsed: file, environment: file.environment, settings: { ignored: configuration.ignore, severityOverrides: configuration.severity } });
    this.lintedFindings.set(document.uri, { version: document.version, findings: result.findings });
    this.reportRuleFailures(result.failures, document.uri);
    return result.findings.map(toDiagnostic);
  }

  /** A broken rule is logged once per session, not on every keystroke; the other rules still report. */
  private reportRuleFailures(failures: readonly RuleFailure[], uri: string): void {
    for (const failure of failures) {
      if (this.reportedRuleFailures.has(failure.code)) continue;
      this.reportedRuleFailures.add(failure.code);
      const detail = failure.error instanceof Error ? (failure.error.stack ?? failure.error.message) : String(failure.error);
      this.options.logError(`Rule ${failure.code} failed on ${uri}; its findings are left out. ${detail}`);
    }
  }
}
