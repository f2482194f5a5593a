import { fileURLToPath } from 'node:url';
import type { TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ComposeContext } from './compose/context';
import type { ParsedComposeDocuments } from './compose/documents';
import { MAX_ANALYSED_LENGTH } from './lint/diagnostics';

/** The open documents, as far as linting and the features read them. */
export type OpenDocuments = Pick<TextDocuments<TextDocument>, 'get' | 'all'>;

/** A file past the size the editor analyses: it gets one diagnostic saying so, and features answer nothing. */
export function tooLargeToAnalyse(document: TextDocument): boolean {
  return document.getText().length > MAX_ANALYSED_LENGTH;
}

export function filePath(uri: string): string | undefined {
  return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
}

/** The parses of the open Compose documents the server analyses. */
export function openComposeFiles(documents: OpenDocuments, parsedCompose: ParsedComposeDocuments): ComposeContext[] {
  return documents.all().filter((d) => d.languageId === 'dockercompose' && !tooLargeToAnalyse(d)).map((d) => parsedCompose.get(d));
}
