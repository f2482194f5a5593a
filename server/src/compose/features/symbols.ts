import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import { isPair, isScalar, type Pair } from 'yaml';
import type { ResourceKind } from '../../docs/compose';
import { isMergeKey, scalarKey, type ComposeContext } from '../context';

/** How each top-level section's entries show in the outline. */
const ENTRY_KINDS: Record<ResourceKind, SymbolKind> = {
  services: SymbolKind.Class,
  networks: SymbolKind.Interface,
  volumes: SymbolKind.Struct,
  secrets: SymbolKind.Key,
  configs: SymbolKind.File,
  models: SymbolKind.Object,
};

/**
 * The outline: each top-level key of each document, and under `services`, `networks`, `volumes`,
 * `secrets`, `configs` and `models` the names they define. Only what is written in the section
 * shows; entries merged in from an anchor are the anchor's.
 */
export function documentSymbols(file: ComposeContext): DocumentSymbol[] {
  const symbols: DocumentSymbol[] = [];
  for (const root of file.roots) {
    for (const item of root.items) {
      if (!isPair(item) || !isScalar(item.key) || isMergeKey(item.key)) continue;
      const name = scalarKey(item.key);
      const symbol = pairSymbol(file, item, name, name in ENTRY_KINDS ? SymbolKind.Namespace : name.startsWith('x-') ? SymbolKind.Object : SymbolKind.Property);
      if (!symbol) continue;
      const section = file.mapping(item.value);
      if (name in ENTRY_KINDS && section) {
        symbol.children = section.items
          .filter((entry): entry is Pair => isPair(entry) && isScalar(entry.key) && !isMergeKey(entry.key))
          .map((entry) => pairSymbol(file, entry, scalarKey(entry.key as never), ENTRY_KINDS[name as ResourceKind]))
          .filter((s): s is DocumentSymbol => s !== undefined);
      }
      symbols.push(symbol);
    }
  }
  return symbols;
}

function pairSymbol(file: ComposeContext, pair: Pair, name: string, kind: SymbolKind): DocumentSymbol | undefined {
  const key = pair.key as { range?: [number, number, number] };
  if (!key.range || name === '') return undefined;
  const value = pair.value as { range?: [number, number, number] } | null;
  let end = value?.range ? Math.max(value.range[1], key.range[1]) : key.range[1];
  // A block mapping's range runs on over the line break after it; the symbol ends with its text.
  while (end > key.range[1] && /\s/.test(file.text[end - 1])) end--;
  return { name, kind, range: file.range(key.range[0], end), selectionRange: file.range(key.range[0], key.range[1]) };
}
