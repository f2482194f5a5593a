import type { Location, Position } from 'vscode-languageserver-types';
import type { DockerfileContext } from '../context';
import { occurrenceIndex } from './occurrences';

/** Every place the stage or variable under the cursor is named, its declarations only when asked for. */
export function references(file: DockerfileContext, position: Position, includeDeclaration: boolean): Location[] | null {
  const index = occurrenceIndex(file);
  const occurrence = index.at(position);
  if (!occurrence) return null;
  return index
    .of(occurrence.symbol)
    .filter((o) => includeDeclaration || !o.declaration)
    .map((o) => ({ uri: file.document.uri, range: o.range }));
}
