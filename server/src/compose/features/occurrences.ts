import type { ResourceKind } from '../../docs/compose';
import type { ComposeContext } from '../context';
import { located } from '../model';

/** A service, network, volume, secret, config or model, by its name. */
export interface ComposeSymbol {
  kind: ResourceKind;
  name: string;
}

/** One place a symbol is named: where it is defined (its key under the section) or referred to. */
export interface Occurrence extends ComposeSymbol {
  start: number;
  end: number;
  definition: boolean;
}

/** Every place the file names the symbol, in text order, each place once (merged anchors are written once). */
export function occurrencesOf(file: ComposeContext, symbol: ComposeSymbol): Occurrence[] {
  const found = new Map<number, Occurrence>();
  for (const definition of file.model.definitions.get(symbol.kind)?.get(symbol.name) ?? []) {
    const name = located(file, definition.key);
    if (name) found.set(name.start, { ...symbol, start: name.start, end: name.end, definition: true });
  }
  for (const reference of file.model.references) {
    if (reference.kind === symbol.kind && reference.name === symbol.name && !found.has(reference.start)) {
      found.set(reference.start, { ...symbol, start: reference.start, end: reference.end, definition: false });
    }
  }
  return [...found.values()].sort((a, b) => a.start - b.start);
}

/** The symbol named at an offset (a definition's key or a reference), if any. */
export function occurrenceAt(file: ComposeContext, offset: number): Occurrence | undefined {
  for (const reference of file.model.references) {
    if (offset >= reference.start && offset <= reference.end) return { kind: reference.kind, name: reference.name, start: reference.start, end: reference.end, definition: false };
  }
  for (const [kind, byName] of file.model.definitions) {
    for (const [name, definitions] of byName) {
      for (const definition of definitions) {
        const key = located(file, definition.key);
        if (key && offset >= key.start && offset <= key.end) return { kind, name, start: key.start, end: key.end, definition: true };
      }
    }
  }
  return undefined;
}
