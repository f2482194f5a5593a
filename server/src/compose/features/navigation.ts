import { LSPErrorCodes, ResponseError } from 'vscode-languageserver-protocol';
import { DocumentHighlightKind, type DocumentHighlight, type Location, type Position, type Range, type WorkspaceEdit } from 'vscode-languageserver-types';
import { pathToFileURL } from 'node:url';
import type { ComposeContext } from '../context';
import { absolutePath } from '../paths';
import { occurrenceAt, occurrencesOf, type Occurrence } from './occurrences';

/**
 * Go to definition, find references, highlights and rename for the names a Compose file defines and
 * refers to (services, networks, volumes, secrets, configs, models); definition also opens the files
 * the Compose file names.
 */

function rangeOf(file: ComposeContext, occurrence: Occurrence): Range {
  return file.range(occurrence.start, occurrence.end);
}

export function definition(file: ComposeContext, position: Position): Location[] | null {
  const offset = file.offsetAt(position);
  const occurrence = occurrenceAt(file, offset);
  if (occurrence) {
    const definitions = occurrencesOf(file, occurrence).filter((o) => o.definition);
    return definitions.length > 0 ? definitions.map((d) => ({ uri: file.uri, range: rangeOf(file, d) })) : null;
  }
  // A path the file names opens that file, when it is there (a build context opens its Dockerfile).
  const start = { line: 0, character: 0 };
  for (const reference of file.model.paths) {
    if (offset < reference.start || offset > reference.end) continue;
    const path = absolutePath(file, reference);
    if (path && file.environment.paths.get(path) === 'file') return [{ uri: pathToFileURL(path).toString(), range: { start, end: start } }];
  }
  return null;
}

export function references(file: ComposeContext, position: Position, includeDeclaration: boolean): Location[] | null {
  const occurrence = occurrenceAt(file, file.offsetAt(position));
  if (!occurrence) return null;
  return occurrencesOf(file, occurrence)
    .filter((o) => includeDeclaration || !o.definition)
    .map((o) => ({ uri: file.uri, range: rangeOf(file, o) }));
}

export function documentHighlights(file: ComposeContext, position: Position): DocumentHighlight[] | null {
  const occurrence = occurrenceAt(file, file.offsetAt(position));
  if (!occurrence) return null;
  return occurrencesOf(file, occurrence).map((o) => ({ range: rangeOf(file, o), kind: o.definition ? DocumentHighlightKind.Write : DocumentHighlightKind.Read }));
}

/** Compose's rule for the names under services, networks, volumes and the other sections. */
const NAME = /^[a-zA-Z0-9._-]+$/;

export function prepareRename(file: ComposeContext, position: Position): { range: Range; placeholder: string } | null {
  const occurrence = occurrenceAt(file, file.offsetAt(position));
  return occurrence ? { range: rangeOf(file, occurrence), placeholder: occurrence.name } : null;
}

export function rename(file: ComposeContext, position: Position, newName: string): WorkspaceEdit | null {
  const occurrence = occurrenceAt(file, file.offsetAt(position));
  if (!occurrence) return null;
  if (!NAME.test(newName)) throw new ResponseError(LSPErrorCodes.RequestFailed, `\`${newName}\` cannot name a ${occurrence.kind.slice(0, -1)}: use letters, digits, \`.\`, \`_\` and \`-\``);
  if (newName !== occurrence.name && file.model.definitions.get(occurrence.kind)?.has(newName)) {
    throw new ResponseError(LSPErrorCodes.RequestFailed, `A ${occurrence.kind.slice(0, -1)} named \`${newName}\` already exists`);
  }
  return { changes: { [file.uri]: occurrencesOf(file, occurrence).map((o) => ({ range: rangeOf(file, o), newText: newName })) } };
}
