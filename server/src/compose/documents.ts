import type { TextDocument } from 'vscode-languageserver-textdocument';
import { ComposeContext } from './context';
import type { ComposeEnvironment } from './environment';
import { parseComposeYaml } from './parse';
import { reparseEdited } from './reparse';

/**
 * One parse per Compose document version, shared by linting and every language feature, as
 * parsedDocuments.ts does for Dockerfiles: a completion in a 200-service file must not parse it again.
 * A new version is parsed from the last version that parsed clean, reparsing only the block an edit
 * changed when that reads the same (reparse.ts).
 */
export class ParsedComposeDocuments {
  private readonly cache = new Map<string, { version: number; file: ComposeContext; clean?: ComposeContext }>();

  get(document: TextDocument): ComposeContext {
    const cached = this.cache.get(document.uri);
    if (cached && cached.version === document.version) return cached.file;
    const text = document.getText();
    const clean = cached?.clean;
    const yaml = (clean && reparseEdited(clean.yaml, clean.text, text)) ?? parseComposeYaml(text);
    const file = new ComposeContext(text, document.uri, undefined, yaml);
    this.cache.set(document.uri, { version: document.version, file, clean: yaml.problems.length === 0 ? file : clean });
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
    const cached = this.cache.get(document.uri)!;
    this.cache.set(document.uri, { ...cached, file });
    return file;
  }

  delete(uri: string): void {
    this.cache.delete(uri);
  }
}
