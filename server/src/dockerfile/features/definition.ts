import type { Location, Position } from 'vscode-languageserver-types';
import type { DockerfileContext } from '../context';
import { occurrenceIndex } from './occurrences';

/**
 * Where the stage or variable under the cursor is declared: the `AS name` of a stage (its FROM line
 * for an unnamed stage named by index), the ARG or ENV a `$NAME` reads, and for an `ARG NAME`
 * without a default also the global ARG it takes its value from. Null for predefined and undeclared names.
 */
export function definition(file: DockerfileContext, position: Position): Location[] | null {
  const occurrence = occurrenceIndex(file).at(position);
  if (!occurrence || occurrence.targets.length === 0) return null;
  return occurrence.targets.map((range) => ({ uri: file.document.uri, range }));
}
