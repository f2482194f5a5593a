import { LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver/node';
import type { ParsedDocuments } from './parsedDocuments';
import { DockerfileContext } from './dockerfile/context';
import { prepareOccurrenceIndex } from './dockerfile/features/occurrences';
import { ComposeContext } from './compose/context';
import type { ParsedComposeDocuments } from './compose/documents';
import type { ComposeProject } from './compose/project';
import type { ComposeProjectLoader } from './compose/projectLoader';
import { openComposeFiles, tooLargeToAnalyse, type OpenDocuments } from './openDocuments';
import type { FileTextParams } from './protocol';

export interface FeatureHandlerSources {
  documents: OpenDocuments;
  parsed: ParsedDocuments;
  parsedCompose: ParsedComposeDocuments;
  composeProjects: ComposeProjectLoader;
  logError: (message: string) => void;
}

/** One handler per LSP method, dispatched by language: each side answers null for the other's documents. */
export function byLanguage<P, R>(dockerfile: (params: P, token: CancellationToken) => R | Promise<R | null> | null, compose: (params: P) => R | Promise<R | null> | null) {
  return (params: P, token: CancellationToken): R | Promise<R | null> | null => dockerfile(params, token) ?? compose(params);
}

/**
 * The wrappers that turn the language modules' features into request handlers over the open
 * documents' cached parses. They decide which documents a feature answers for, and that a
 * feature's failure answers null instead of failing the request.
 */
export function featureHandlers({ documents, parsed, parsedCompose, composeProjects, logError }: FeatureHandlerSources) {
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
      const open = openComposeFiles(documents, parsedCompose);
      return (async () => {
        try {
          return feature(await composeProjects.load(open), file, params);
        } catch (error) {
          return featureFailed(`compose ${name}`, document.uri, error);
        }
      })();
    };
  }

  /** Logs a feature's failure once per feature per session: an editor asks again on every keystroke. */
  function logFeatureFailure(name: string, uri: string, error: unknown): void {
    if (reportedFeatureFailures.has(name)) return;
    reportedFeatureFailures.add(name);
    logError(`${name} failed on ${uri}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
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

  return { dockerfileFeature, indexedDockerfileFeature, composeFeature, composeProjectFeature, dockerfileOfText, composeOfText, fileTextRequest };
}
