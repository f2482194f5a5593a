import { DocumentHighlightKind, type DocumentHighlight, type Position } from 'vscode-languageserver-types';
import type { DockerfileContext } from '../context';
import { occurrenceIndex } from './occurrences';

/** The other places the stage or variable under the cursor is named: declarations as writes, uses as reads. */
export function documentHighlights(file: DockerfileContext, position: Position): DocumentHighlight[] | null {
  const index = occurrenceIndex(file);
  const occurrence = index.at(position);
  if (!occurrence) return null;
  return index.of(occurrence.symbol).map((o) => ({ range: o.range, kind: o.declaration ? DocumentHighlightKind.Write : DocumentHighlightKind.Read }));
}
