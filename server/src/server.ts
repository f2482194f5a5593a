/**
 * The Berth language server. This is the only file that talks to the LSP connection: it declares the
 * capabilities and hands document events to the linter (documentLinter.ts) and requests to the
 * feature handlers (featureHandlers.ts); language knowledge lives in the modules they call.
 */
import { statSync } from 'node:fs';
import { dirname } from 'node:path';
import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type InitializeResult,
  type TextDocumentPositionParams,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { version } from '../../package.json';
import { FileEnvironmentReader } from './lint/fileEnvironment';
import { DocumentLinter } from './documentLinter';
import { byLanguage, featureHandlers } from './featureHandlers';
import { filePath, openComposeFiles } from './openDocuments';
import { IdleCollector, releaseMemory } from './idleCollection';
import { ParsedDocuments } from './parsedDocuments';
import { buildOptions, locateBuildFailure } from './dockerfile/build';
import { documentSymbols } from './dockerfile/features/symbols';
import { foldingRanges } from './dockerfile/features/folding';
import { baseImageAt, hover } from './dockerfile/features/hover';
import { completion, wantsLocalImages } from './dockerfile/features/completion';
import { LocalImageCache } from './localImages';
import { ImagePlatformCache } from './imagePlatforms';
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
import { composeOutline } from './compose/outline';
import { ParsedComposeDocuments } from './compose/documents';
import { ComposeEnvironmentReader } from './compose/environmentReader';
import { documentSymbols as composeDocumentSymbols } from './compose/features/symbols';
import { completion as composeCompletion, wantsLocalImages as composeWantsLocalImages } from './compose/features/completion';
import { hover as composeHover, imageAt as composeImageAt } from './compose/features/hover';
import { codeActions as composeCodeActions } from './compose/features/codeActions';
import { documentLinks as composeDocumentLinks } from './compose/features/links';
import { definition as composeDefinition } from './compose/features/definition';
import { documentHighlights as composeDocumentHighlights, references as composeReferences } from './compose/features/references';
import { prepareRename as composePrepareRename, rename as composeRename } from './compose/features/rename';
import { ComposeProjectLoader } from './compose/projectLoader';
import { ExtenderFactsCache } from './compose/extenderCache';
import {
  COMPOSE_OUTLINE_REQUEST,
  DOCKERFILE_BUILD_OPTIONS_REQUEST,
  LINT_CONFIGURATION_SECTION,
  LOCATE_BUILD_FAILURE_REQUEST,
  type FileTextParams,
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
  linter.lintAgain((document) => document.languageId === 'dockerfile');
}

/** Who extends the open Compose files from other files, for the undefined-reference rules; news lints those files again. */
const extenderFacts = new ExtenderFactsCache({
  openFiles: () => openComposeFiles(documents, parsedCompose),
  learnt: (paths) =>
    linter.lintAgain((document) => {
      const path = filePath(document.uri);
      return document.languageId === 'dockercompose' && path !== undefined && paths.includes(path);
    }),
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

const linter = new DocumentLinter({
  documents,
  parsed,
  parsedCompose,
  environments,
  composeEnvironments,
  imagePlatforms,
  extenderFacts,
  askSettings: (uri) => (clientHasConfiguration ? connection.workspace.getConfiguration({ scopeUri: uri, section: LINT_CONFIGURATION_SECTION }) : undefined),
  clientReportsImagePlatforms: () => clientReportsImagePlatforms,
  logError: (message) => connection.console.error(message),
  showWarning: (message) => void connection.window.showWarningMessage(message),
  publish: (uri, diagnostics, version) => void connection.sendDiagnostics({ uri, diagnostics, version }),
});

documents.onDidOpen(({ document }) => linter.opened(document));
documents.onDidChangeContent(({ document }) => {
  if (document.languageId === 'dockercompose') extenderFacts.invalidate();
  linter.changed(document);
});
documents.onDidClose(({ document }) => {
  if (document.languageId === 'dockercompose') {
    const path = filePath(document.uri);
    if (path !== undefined) extenderFacts.forget(path);
    // The file on disk now stands for the closed document, whose text may not have been saved.
    extenderFacts.invalidate();
    if (!documents.all().some((open) => open.languageId === 'dockercompose')) composeEnvironments.forgetParses();
  }
  parsed.delete(document.uri);
  parsedCompose.delete(document.uri);
  linter.closed(document.uri);
});

connection.onDidChangeConfiguration(() => linter.settingsChanged());

// A .hadolint.yaml or .dockerignore changed on disk: every open Dockerfile may lint differently now.
connection.onDidChangeWatchedFiles(() => {
  extenderFacts.invalidate();
  linter.lintAgain(() => true);
});

// Another engine: its images and platforms are asked for again; the lint asks, and lints again on news.
connection.onNotification(ENGINE_CHANGED_NOTIFICATION, () => {
  localImages.markStale();
  imagePlatforms.markStale();
  lintOpenDockerfiles();
});

const { dockerfileFeature, indexedDockerfileFeature, composeFeature, composeProjectFeature, dockerfileOfText, composeOfText, fileTextRequest } = featureHandlers({
  documents,
  parsed,
  parsedCompose,
  composeProjects: new ComposeProjectLoader(),
  logError: (message) => connection.console.error(message),
});

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
    dockerfileFeature('codeAction', (file, params) => codeActions(file, params, linter.currentFindings(params.textDocument.uri))),
    composeFeature('codeAction', (_file, params) => composeCodeActions(params, linter.currentFindings(params.textDocument.uri))),
  ),
);

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
  linter.dispose();
  idleCollector.dispose();
  extenderFacts.dispose();
});

documents.listen(connection);
connection.listen();

