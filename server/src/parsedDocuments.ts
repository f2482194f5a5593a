import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DockerfileContext } from './dockerfile/context';

/**
 * One parse per document version, shared by linting and every language feature: a hover or a
 * completion at the end of a 10,000-line file must not parse it again.
 */
export class ParsedDocuments {
  private readonly cache = new Map<string, { version: number; file: DockerfileContext }>();

  get(document: TextDocument): DockerfileContext {
    const cached = this.cache.get(document.uri);
    if (cached && cached.version === document.version) return cached.file;
    const file = new DockerfileContext(document.getText(), undefined, undefined, document.uri);
    this.cache.set(document.uri, { version: document.version, file });
    return file;
  }

  delete(uri: string): void {
    this.cache.delete(uri);
  }
}
