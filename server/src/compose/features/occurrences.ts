import type { ComposeContext } from '../context';
import { ProjectFile, type SymbolOccurrence } from '../projectFile';

/**
 * The name at an offset (a definition's key or a reference) whose meaning the file alone tells:
 * not the service an `extends.file` names, which is another file's.
 */
export function occurrenceAt(file: ComposeContext, offset: number): SymbolOccurrence | undefined {
  return ProjectFile.fromContext(file).occurrences.find((o) => !o.extends && offset >= o.start && offset <= o.end);
}
