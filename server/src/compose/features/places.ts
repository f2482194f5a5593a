import type { Location, Range } from 'vscode-languageserver-types';
import type { Place } from '../project';

/** Where a place of the project is, for an LSP answer. */
export function rangeOf({ file, occurrence }: Place): Range {
  return file.file.range(occurrence.start, occurrence.end);
}

export function locationOf(place: Place): Location {
  return { uri: place.file.uri, range: rangeOf(place) };
}
