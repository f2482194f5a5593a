/**
 * The Berth language server. This is the only file that talks to the LSP connection: it wires
 * documents, settings and the lint engine together; language knowledge lives in the modules it calls.
 */
import { statSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  LSPErrorCodes,
  ProposedFeatures,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  type CancellationToken,
  type Diagnostic,
  type InitializeResult,
  type TextDocumentPositionParams,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { version } from '../../package.json';
import { toLintSettings } from './lint/config';
import { configProblemDiagnostic, fileTooLargeDiagnostic, MAX_ANALYSED_LENGTH, toDiagnostic } from './lint/diagnostics';
import { FileEnvironmentReader } from './lint/fileEnvironment';
import { lintDockerfile, type LintFinding, type RuleFailure } from './lint/runner';
import { LintScheduler } from './lintScheduler';
import { IdleCollector, releaseMemory } from './idleCollection';
import { ParsedDocuments } from './parsedDocuments';
import { DockerfileContext } from './dockerfile/context';
import { buildOptions, locateBuildFailure } from './dockerfile/build';
import { documentSymbols } from './dockerfile/features/symbols';
import { foldingRanges } from './dockerfile/features/folding';
import { baseImageAt, hover } from './dockerfile/features/hover';
import { completion, wantsLocalImages } from './dockerfile/features/completion';
import { LocalImageCache } from './localImages';
import { ImagePlatformCache } from './imagePlatforms';
import { externalBaseImages } from './dockerfile/baseImages';
import type { BuildContextInfo } from './dockerfile/context';
import { ENGINE_CHANGED_NOTIFICATION, IMAGE_PLATFORMS_REQUEST, LOCAL_IMAGES_REQUEST, type BerthInitializationOptions, type ImagePlatforms, type ImagePlatformsParams, type LocalImage } from './protocol';
import { codeActions } from './dockerfile/features/codeActions';
import { definition } from './dockerfile/features/definition';
import { references } from './dockerfile/features/references';
import { documentHighlights } from './dockerfile/features/highlights';
import { prepareRename, rename } from './dockerfile/features/rename';
import { selectionRanges } from './dockerfile/features/selectionRanges';
import { signatureHelp } from './dockerfile/features/signatureHelp';
import { documentLinks } from './dockerfile/features/documentLinks';
import { formatting } from './dockerfile/features/formatting';
import { semanticTokens, SEMANTIC_TOKENS_LEGEND } from './dockerfile/features/semanticTokens';
import { prepareOccurrenceIndex } from './dockerfile/features/occurrences';
import { ComposeContext } from './compose/context';
import { composeOutline } from './compose/outline';
import { ParsedComposeDocuments } from './compose/documents';
import { ComposeEnvironmentReader } from './compose/environmentReader';
import { lintCompose } from './compose/lint';
import { documentSymbols as composeDocumentSymbols } from './compose/features/symbols';
import { completion as composeCompletion, wantsLocalImages as composeWantsLocalImages } from './compose/features/completion';
import { hover as composeHover, imageAt as composeImageAt } from './compose/features/hover';
import { codeActions as composeCodeActions } from './compose/features/codeActions';
import { documentLinks as composeDocumentLinks } from './compose/features/links';
import { definition as composeDefinition } from './compose/features/definition';
import { documentHighlights as composeDocumentHighlights, references as composeReferences } from './compose/features/references';
import { prepareRename as composePrepareRename, rename as composeRename } from './compose/features/rename';
import type { ComposeProject } from './compose/project';
import { ComposeProjectLoader } from './compose/projectLoader';
import { ExtenderFactsCache } from './compose/extenderCache';
import {
  COMPOSE_OUTLINE_REQUEST,
  DEFAULT_LINT_CONFIGURATION,
  DOCKERFILE_BUILD_OPTIONS_REQUEST,
  LINT_CONFIGURATION_SECTION,
  LOCATE_BUILD_FAILURE_REQUEST,
  type FileTextParams,
  type LintConfiguration,
  type LocateBuildFailureParams,
} from './protocol';

/** Gives memory back after heavy work, once no message has come for a moment. */
const idleCollector = new IdleCollector(releaseMemory);
const connection = createConnection(ProposedFeatures.all, {
  messageStrategy: {
    handleMessage(message, handle) {
      idleCollector.activity();
      handle(message);
    },
  },
});
const documents = new TextDocuments(TextDocument);
const environments = new FileEnvironmentReader();
const parsed = new ParsedDocuments();
const composeEnvironments = new ComposeEnvironmentReader();
const parsedCompose = new ParsedComposeDocuments();
const settingsByUri = new Map<string, Promise<LintConfiguration>>();
const reportedRuleFailures = new Set<string>();
const shownConfigProblems = new Set<string>();
/** Each document's findings from its last lint, for the quick fixes of the diagnostics they became. */
const lintedFindings = new Map<string, { version: number; findings: LintFinding[] }>();
let clientHasConfiguration = false;
let clientListsLocalImages = false;
/** The local engine's images, asked of the client for completion and hover after FROM and at a Compose service's `image:`. */
const localImages = new LocalImageCache(() => (clientListsLocalImages ? connection.sendRequest<LocalImage[]>(LOCAL_IMAGES_REQUEST) : Promise.resolve([])));
let clientReportsImagePlatforms = false;
/** The engine's platform and its base images', asked of the client for InvalidBaseImagePlatform; news lints the open Dockerfiles again. */
const imagePlatforms = new ImagePlatformCache(
  (references) => connection.sendRequest<ImagePlatforms>(IMAGE_PLATFORMS_REQUEST, { references } satisfies ImagePlatformsParams),
  lintOpenDockerfiles,
);

function lintOpenDockerfiles(): void {
  for (const document of documents.all()) if (document.languageId === 'dockerfile') scheduler.schedule(document.uri, document.version);
}

/** Who extends the open Compose files from other files, for the undefined-reference rules; news lints those files again. */
const extenderFacts = new ExtenderFactsCache({
  openFiles: () => openComposeFiles(),
  learnt: (paths) => {
    for (const document of documents.all()) {
      const path = filePath(document.uri);
      if (document.languageId === 'dockercompose' && path !== undefined && paths.includes(path)) scheduler.schedule(document.uri, document.version);
    }
  },
  failed: (error) => connection.console.error(`Finding the files that extend the open Compose files failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`),
});

connection.onInitialize((params): InitializeResult => {
  clientHasConfiguration = params.capabilities.workspace?.configuration === true;
  clientListsLocalImages = (params.initializationOptions as BerthInitializationOptions | null | undefined)?.localImages === true;
  clientReportsImagePlatforms = (params.initializationOptions as BerthInitializationOptions | null | undefined)?.imagePlatforms === true;
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      hoverProvider: true,
      completionProvider: { triggerCharacters: ['-', '=', '$', '{', '#', ':', ','] },
      documentSymbolProvider: { label: 'Dockerfile' },
      foldingRangeProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      definitionProvider: true,
      referencesProvider: true,
      documentHighlightProvider: true,
      renameProvider: { prepareProvider: true },
      selectionRangeProvider: true,
      signatureHelpProvider: { triggerCharacters: [' ', '[', ','], retriggerCharacters: [' '] },
      documentLinkProvider: { resolveProvider: false },
      documentFormattingProvider: true,
      documentRangeFormattingProvider: true,
      semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: true },
    },
    serverInfo: { name: 'berth', version },
  };
});

connection.onInitialized(() => {
  if (clientHasConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: LINT_CONFIGURATION_SECTION });
});

/** Settings per document, asked of the client once and forgotten on close or change. */
function configurationFor(uri: string): Promise<LintConfiguration> {
  if (!clientHasConfiguration) return Promise.resolve(DEFAULT_LINT_CONFIGURATION);
  let settings = settingsByUri.get(uri);
  if (!settings) {
    settings = connection.workspace
      .getConfiguration({ scopeUri: uri, section: LINT_CONFIGURATION_SECTION })
      .then((value: Partial<LintConfiguration> | null) => ({ ...DEFAULT_LINT_CONFIGURATION, ...value }));
    settingsByUri.set(uri, settings);
  }
  return settings;
}

/** A file past the size the editor analyses: it gets one diagnostic saying so, and features answer nothing. */
function tooLargeToAnalyse(document: TextDocument): boolean {
  return document.getText().length > MAX_ANALYSED_LENGTH;
}

function filePath(uri: string): string | undefined {
  return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
}

/** A broken rule is logged once per session, not on every keystroke; the other rules still report. */
function reportRuleFailures(failures: readonly RuleFailure[], uri: string): void {
  for (const failure of failures) {
    if (reportedRuleFailures.has(failure.code)) continue;
    reportedRuleFailures.add(failure.code);
    const detail = failure.error instanceof Error ? (failure.error.stack ?? failure.error.message) : String(failure.error);
    connection.console.error(`Rule ${failure.code} failed on ${uri}; its findings are left out. ${detail}`);
  }
}

async function lint(uri: string): Promise<{ version: number; diagnostics: Diagnostic[] } | undefined> {
  const document = documents.get(uri);
  if (!document) return undefined;
  if (document.languageId !== 'dockerfile' && document.languageId !== 'dockercompose') return { version: document.version, diagnostics: [] };
  const version = document.version;
  const configuration = await configurationFor(uri);
  if (!configuration.enable) return { version, diagnostics: [] };
  if (tooLargeToAnalyse(document)) return { version, diagnostics: [fileTooLargeDiagnostic(document.getText().length)] };
  if (document.languageId === 'dockercompose') return { version, diagnostics: lintComposeDocument(document, configuration) };
  const environment = environments.environment(filePath(uri));
  const result = lintDockerfile({
    text: document.getText(),
    parsed: parsed.get(document),
    uri,
    settings: toLintSettings(environment.config, { ignored: configuration.ignore, severity: configuration.severity }),
    buildContext: clientReportsImagePlatforms ? withImagePlatforms(environment.buildContext, parsed.get(document)) : environment.buildContext,
  });
  lintedFindings.set(uri, { version, findings: result.findings });
  reportRuleFailures(result.failures, uri);
  for (const problem of environment.configProblems) {
    const key = `${problem.file}\n${problem.message}`;
    if (shownConfigProblems.has(key)) continue;
    shownConfigProblems.add(key);
    void connection.window.showWarningMessage(`Berth: ${problem.file}: ${problem.message}. Linting goes on with the defaults for this setting.`);
  }
  return { version, diagnostics: [...environment.configProblems.map(configProblemDiagnostic), ...result.findings.map(toDiagnostic)] };
}

/**
 * The build context with what the client has reported of the engine's platform and of the file's
 * base images (named as they expand on that engine); what is not known yet is asked for in the
 * background, and its answer lints again.
 */
function withImagePlatforms(buildContext: BuildContextInfo, file: DockerfileContext): BuildContextInfo {
  const platforms = imagePlatforms.known(externalBaseImages(file, imagePlatforms.enginePlatform).map((image) => image.name));
  return platforms ? { ...buildContext, platforms } : buildContext;
}

/** Lints a Compose file with what is on disk around it (read afresh each version, cached by modification time). */
function lintComposeDocument(document: TextDocument, configuration: LintConfiguration): Diagnostic[] {
  const path = filePath(document.uri);
  const file = path
    ? parsedCompose.attach(document, { ...composeEnvironments.environment(parsedCompose.get(document), path), extenders: extenderFacts.known(path) })
    : parsedCompose.get(document);
  const result = lintCompose({ text: document.getText(), parsed: file, environment: file.environment, settings: { ignored: configuration.ignore, severityOverrides: configuration.severity } });
  lintedFindings.set(document.uri, { version: document.version, findings: result.findings });
  reportRuleFailures(result.failures, document.uri);
  return result.findings.map(toDiagnostic);
}

const scheduler = new LintScheduler(
  lint,
  (uri) => documents.get(uri)?.version,
  (uri, diagnostics, version) => void connection.sendDiagnostics({ uri, diagnostics, version }),
);

documents.onDidOpen(({ document }) => void scheduler.runNow(document.uri));
documents.onDidChangeContent(({ document }) => {
  if (document.languageId === 'dockercompose') extenderFacts.invalidate();
  scheduler.schedule(document.uri, document.version);
});
documents.onDidClose(({ document }) => {
  if (document.languageId === 'dockercompose') {
    const path = filePath(document.uri);
    if (path !== undefined) extenderFacts.forget(path);
    // The file on disk now stands for the closed document, whose text may not have been saved.
    extenderFacts.invalidate();
    if (!documents.all().some((open) => open.languageId === 'dockercompose')) composeEnvironments.forgetParses();
  }
  settingsByUri.delete(document.uri);
  parsed.delete(document.uri);
  parsedCompose.delete(document.uri);
  lintedFindings.delete(document.uri);
  scheduler.close(document.uri);
});

connection.onDidChangeConfiguration(() => {
  settingsByUri.clear();
  for (const document of documents.all()) scheduler.schedule(document.uri, document.version);
});

// A .hadolint.yaml or .dockerignore changed on disk: every open Dockerfile may lint differently now.
connection.onDidChangeWatchedFiles(() => {
  extenderFacts.invalidate();
  for (const document of documents.all()) scheduler.schedule(document.uri, document.version);
});

// Another engine: its images and platforms are asked for again; the lint asks, and lints again on news.
connection.onNotification(ENGINE_CHANGED_NOTIFICATION, () => {
  localImages.markStale();
  imagePlatforms.markStale();
  lintOpenDockerfiles();
});

const reportedFeatureFailures = new Set<string>();

/**
 * Runs a language feature on the document's cached parse. A Dockerfile feature answers only for
 * Dockerfiles; any exception becomes an empty answer (logged once per feature), never an error reply,
 * except a ResponseError a feature throws on purpose.
 */
function dockerfileFeature<P extends { textDocument: { uri: string } }, R>(name: string, feature: (file: DockerfileContext, params: P) => R) {
  return (params: P): R | null => {
    const document = documents.get(params.textDocument.uri);
    if (!document || document.languageId !== 'dockerfile' || tooLargeToAnalyse(document)) return null;
    try {
      return feature(parsed.get(document), params);
    } catch (error) {
      return featureFailed(name, document.uri, error);
    }
  };
}

/** A feature's exception: a deliberate refusal (rename to a reserved name, say) goes to the client, which shows its message; anything else answers null. */
function featureFailed(name: string, uri: string, error: unknown): null {
  if (error instanceof ResponseError) throw error;
  logFeatureFailure(name, uri, error);
  return null;
}

/**
 * A Dockerfile feature that reads the index of every stage and variable the file names, which takes
 * a while to build on a long file. It is built a stage at a time, the server reading its messages in
 * between, so a request the client cancels (the user typed on) stops there and answers
 * RequestCancelled; what was built is kept for the next request. The answer is for the parse of the
 * request's own version, even if an edit arrives meanwhile.
 */
function indexedDockerfileFeature<P extends { textDocument: { uri: string } }, R>(name: string, feature: (file: DockerfileContext, params: P) => R) {
  return (params: P, token: CancellationToken): Promise<R | null> | null => {
    const document = documents.get(params.textDocument.uri);
    if (!document || document.languageId !== 'dockerfile' || tooLargeToAnalyse(document)) return null;
    const file = parsed.get(document);
    const goOn = () => new Promise<boolean>((resolve) => setImmediate(() => resolve(!token.isCancellationRequested)));
    return (async () => {
      try {
        if (token.isCancellationRequested || !(await prepareOccurrenceIndex(file, goOn))) throw new ResponseError(LSPErrorCodes.RequestCancelled, `${name} cancelled`);
        return feature(file, params);
      } catch (error) {
        return featureFailed(name, document.uri, error);
      }
    })();
  };
}

/** The Compose side of a feature: answers only for Compose files, on their cached parse (with what lint read from disk). */
function composeFeature<P extends { textDocument: { uri: string } }, R>(name: string, feature: (file: ComposeContext, params: P) => R, latestParse = false) {
  return (params: P): R | null => {
    const document = documents.get(params.textDocument.uri);
    if (!document || document.languageId !== 'dockercompose' || tooLargeToAnalyse(document)) return null;
    try {
      return feature(latestParse ? parsedCompose.latest(document) : parsedCompose.get(document), params);
    } catch (error) {
      if (error instanceof ResponseError) throw error;
      logFeatureFailure(`compose ${name}`, document.uri, error);
      return null;
    }
  };
}

const composeProjects = new ComposeProjectLoader();

/** The parses of the open Compose documents the server analyses. */
function openComposeFiles(): ComposeContext[] {
  return documents.all().filter((d) => d.languageId === 'dockercompose' && !tooLargeToAnalyse(d)).map((d) => parsedCompose.get(d));
}

/**
 * A Compose feature that looks across files (definition, references, rename): it sees the open
 * Compose documents and the files they include or extend, read from disk without blocking (see
 * projectLoader.ts). The answer is for the parses of the versions open when the request came.
 */
function composeProjectFeature<P extends { textDocument: { uri: string } }, R>(name: string, feature: (project: ComposeProject, file: ComposeContext, params: P) => R) {
  return (params: P): Promise<R | null> | null => {
    const document = documents.get(params.textDocument.uri);
    if (!document || document.languageId !== 'dockercompose' || tooLargeToAnalyse(document)) return null;
    const file = parsedCompose.get(document);
    const open = openComposeFiles();
    return (async () => {
      try {
        return feature(await composeProjects.load(open), file, params);
      } catch (error) {
        return featureFailed(`compose ${name}`, document.uri, error);
      }
    })();
  };
}

/** One handler per LSP method, dispatched by language: each side answers null for the other's documents. */
function byLanguage<P, R>(dockerfile: (params: P, token: CancellationToken) => R | Promise<R | null> | null, compose: (params: P) => R | Promise<R | null> | null) {
  return (params: P, token: CancellationToken): R | Promise<R | null> | null => dockerfile(params, token) ?? compose(params);
}

/** Logs a feature's failure once per feature per session: an editor asks again on every keystroke. */
function logFeatureFailure(name: string, uri: string, error: unknown): void {
  if (reportedFeatureFailures.has(name)) return;
  reportedFeatureFailures.add(name);
  connection.console.error(`${name} failed on ${uri}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
}

/** A Dockerfile the client sends the text of (it need not be open): the editor's parse when the text is the same. */
function dockerfileOfText({ uri, text }: FileTextParams): DockerfileContext {
  const open = documents.get(uri);
  return open && open.getText() === text ? parsed.get(open) : new DockerfileContext(text, undefined, undefined, uri);
}

/** A Compose file the client sends the text of: the editor's parse when the text is the same. */
function composeOfText({ uri, text }: FileTextParams): ComposeContext {
  const open = documents.get(uri);
  return open && open.languageId === 'dockercompose' && open.getText() === text ? parsedCompose.get(open) : new ComposeContext(text, uri);
}

/** A request of the build commands about a file's text; a failure answers null (logged once). */
function fileTextRequest<P extends FileTextParams, R>(name: string, answer: (params: P) => R) {
  return (params: P): R | null => {
    try {
      return answer(params);
    } catch (error) {
      logFeatureFailure(name, params.uri, error);
      return null;
    }
  };
}

// Completion and hover wait for the local images (briefly, see LocalImageCache) only where they show them.
// In a Compose file, only at a service's `image:` value.
const completionWantsImages = (params: TextDocumentPositionParams) =>
  dockerfileFeature('completion', (file, at: TextDocumentPositionParams) => wantsLocalImages(file, at.position))(params) ??
  composeFeature('completion', (_file, at: TextDocumentPositionParams) => composeWantsLocalImages(documents.get(at.textDocument.uri)!.getText(), at.position), true)(params);
const hoverWantsImages = (params: TextDocumentPositionParams) =>
  dockerfileFeature('hover', (file, at: TextDocumentPositionParams) => baseImageAt(file, at.position) !== undefined)(params) ??
  composeFeature('hover', (file, at: TextDocumentPositionParams) => composeImageAt(file, at.position) !== undefined)(params);
connection.onCompletion(async (params) => {
  const images = completionWantsImages(params) ? await localImages.get() : [];
  // The Compose text is the current version's; the names may come from the parse before it (see ParsedComposeDocuments.latest).
  return (
    dockerfileFeature('completion', (file) => completion(file, params.position, images))(params) ??
    composeFeature('completion', (file) => composeCompletion(file, documents.get(params.textDocument.uri)!.getText(), params.position, images), true)(params)
  );
});
connection.onHover(async (params) => {
  const images = hoverWantsImages(params) ? await localImages.get() : [];
  return dockerfileFeature('hover', (file) => hover(file, params.position, images))(params) ?? composeFeature('hover', (file) => composeHover(file, params.position, images))(params);
});
connection.onDocumentSymbol(byLanguage(dockerfileFeature('documentSymbol', (file) => documentSymbols(file)), composeFeature('documentSymbol', (file) => composeDocumentSymbols(file))));
connection.onFoldingRanges(dockerfileFeature('foldingRange', (file) => foldingRanges(file)));
connection.onCodeAction(
  byLanguage(
    dockerfileFeature('codeAction', (file, params) => codeActions(file, params, currentFindings(params.textDocument.uri))),
    composeFeature('codeAction', (_file, params) => composeCodeActions(params, currentFindings(params.textDocument.uri))),
  ),
);

/** Only findings of the version in the editor: edits made for older text would land on moved lines. */
function currentFindings(uri: string): LintFinding[] {
  const linted = lintedFindings.get(uri);
  return linted && linted.version === documents.get(uri)?.version ? linted.findings : [];
}

connection.onDefinition(byLanguage(indexedDockerfileFeature('definition', (file, params) => definition(file, params.position)), composeProjectFeature('definition', (project, file, params) => composeDefinition(project, file, params.position))));
connection.onReferences(
  byLanguage(
    indexedDockerfileFeature('references', (file, params) => references(file, params.position, params.context.includeDeclaration)),
    composeProjectFeature('references', (project, file, params) => composeReferences(project, file, params.position, params.context.includeDeclaration)),
  ),
);
connection.onDocumentHighlight(byLanguage(indexedDockerfileFeature('documentHighlight', (file, params) => documentHighlights(file, params.position)), composeFeature('documentHighlight', (file, params) => composeDocumentHighlights(file, params.position))));
connection.onPrepareRename(byLanguage(indexedDockerfileFeature('prepareRename', (file, params) => prepareRename(file, params.position)), composeFeature('prepareRename', (file, params) => composePrepareRename(file, params.position))));
connection.onRenameRequest(byLanguage(indexedDockerfileFeature('rename', (file, params) => rename(file, params.position, params.newName)), composeProjectFeature('rename', (project, file, params) => composeRename(project, file, params.position, params.newName))));
connection.onSelectionRanges(dockerfileFeature('selectionRange', (file, params) => selectionRanges(file, params.positions)));
connection.onSignatureHelp(dockerfileFeature('signatureHelp', (file, params) => signatureHelp(file, params.position)));
connection.onDocumentLinks(byLanguage(dockerfileFeature('documentLink', (file) => documentLinks(file, isFile)), composeFeature('documentLink', (file) => composeDocumentLinks(file))));
connection.onDocumentFormatting(dockerfileFeature('formatting', (file, params) => formatting(file, params.options)));
connection.onDocumentRangeFormatting(dockerfileFeature('rangeFormatting', (file, params) => formatting(file, params.options, params.range)));
const dockerfileSemanticTokens = indexedDockerfileFeature('semanticTokens', (file) => semanticTokens(file));
connection.languages.semanticTokens.on(async (params, token) => (await dockerfileSemanticTokens(params, token)) ?? { data: [] });

/** For links to COPY sources: only files that exist get one. */
function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

connection.onRequest(DOCKERFILE_BUILD_OPTIONS_REQUEST, fileTextRequest('dockerfileBuildOptions', (params: FileTextParams) => buildOptions(dockerfileOfText(params))));
connection.onRequest(
  LOCATE_BUILD_FAILURE_REQUEST,
  fileTextRequest('locateBuildFailure', (params: LocateBuildFailureParams) => locateBuildFailure(dockerfileOfText(params), params.point) ?? null),
);
connection.onRequest(
  COMPOSE_OUTLINE_REQUEST,
  fileTextRequest('composeOutline', (params: FileTextParams) => {
    // The project name needs what Compose sees in the file's folder: .env is read afresh (cached by modification time).
    const path = filePath(params.uri);
    const surroundings = path === undefined ? undefined : { directory: dirname(path), variables: composeEnvironments.variables(dirname(path)) };
    return composeOutline(composeOfText(params), surroundings);
  }),
);

connection.onShutdown(() => {
  scheduler.dispose();
  idleCollector.dispose();
  extenderFacts.dispose();
});

documents.listen(connection);
connection.listen();

