import type { TextDocument } from 'vscode-languageserver-textdocument';
import { ComposeContext } from './context';
import type { ComposeEnvironment } from './environment';

/**
 * One parse per Compose document version, shared by linting and every language feature, as
 * parsedDocuments.ts does for Dockerfiles: a completion in a 200-service file must not parse it again.
 */
export class ParsedComposeDocuments {
  private readonly cache = new Map<string, { version: number; file: ComposeContext }>();

  get(document: TextDocument): ComposeContext {
    const cached = this.cache.get(document.uri);
    if (cached && cached.version === document.version) return cached.file;
    const file = new ComposeContext(document.getText(), document.uri);
    this.cache.set(document.uri, { version: document.version, file });
    return file;
  }

  /**
   * The most recent parse, even of an earlier version: completion asks on every keystroke, before
   * the new version is linted, and the names it offers rarely change while one word is typed.
   */
  latest(document: TextDocument): ComposeContext {
    return this.cache.get(document.uri)?.file ?? this.get(document);
  }

  /**
   * Keeps what was read from disk for this version (at lint time) with its parse, so features such
   * as variable hover and stage completion see it without reading the disk again.
   */
  attach(document: TextDocument, environment: ComposeEnvironment): ComposeContext {
    const file = this.get(document).withEnvironment(environment);
    this.cache.set(document.uri, { version: document.version, file });
    return file;
  }

  delete(uri: string): void {
    this.cache.delete(uri);
  }
}
