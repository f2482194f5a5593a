import { DocumentHighlightKind, type DocumentHighlight, type Location, type Position } from 'vscode-languageserver-types';
import type { ComposeContext } from '../context';
import { ComposeProject } from '../project';
import { locationOf, rangeOf } from './places';

/**
 * Find references and document highlights for the names a Compose file defines and refers to.
 * References come from every file the project knows (see project.ts): the uses of a volume an
 * included file defines are found in the files including it, the uses of an extended service in
 * the files extending it. The requesting file's places come first, then the other files' by URI.
 */
export function references(project: ComposeProject, file: ComposeContext, position: Position, includeDeclaration: boolean): Location[] | null {
  const place = project.placeAt(file.uri, file.offsetAt(position));
  if (!place) return null;
  const { uses } = project.usesOf(place);
  return uses
    .filter((use) => includeDeclaration || !use.occurrence.definition)
    .sort((a, b) => Number(b.file.uri === file.uri) - Number(a.file.uri === file.uri) || a.file.uri.localeCompare(b.file.uri) || a.occurrence.start - b.occurrence.start)
    .map(locationOf);
}

/**
 * The places in this file that stand for the name under the cursor; definitions are writes. Asked
 * on every cursor move, so it reads no other file: within one file, the only names alike in text
 * but not in meaning are the services `extends.file` names in other files, which the file alone tells.
 */
export function documentHighlights(file: ComposeContext, position: Position): DocumentHighlight[] | null {
  const project = ComposeProject.of(file);
  const place = project.placeAt(file.uri, file.offsetAt(position));
  if (!place) return null;
  return project
    .usesOf(place)
    .uses.sort((a, b) => a.occurrence.start - b.occurrence.start)
    .map((use) => ({ range: rangeOf(use), kind: use.occurrence.definition ? DocumentHighlightKind.Write : DocumentHighlightKind.Read }));
}
