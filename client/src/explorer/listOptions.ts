/**
 * Filtering and ordering for long lists, on the nodes the builders made. A filter is words that
 * must all occur (any case) in what a node is searchable by, its `filterText` (else its label and
 * description) together with its groups' ("nginx 1.27" finds tag 1.27 under nginx). A group whose
 * own text matches keeps all its members; otherwise it keeps those that match and disappears
 * without any.
 */
import type { ExplorerNode } from './node';

export const CONTAINER_ORDERS = ['name', 'created', 'status'] as const;
export type ContainerOrder = (typeof CONTAINER_ORDERS)[number];

/** The filter's words, lower-cased; none for blank text. */
export function filterWords(text: string): string[] {
  return text.toLowerCase().split(/\s+/).filter(Boolean);
}

function searchText(node: ExplorerNode): string {
  return (node.filterText ?? `${node.label} ${node.description ?? ''}`).toLowerCase();
}

/** The nodes `text` lets through, groups pruned to their matching members; all of them for blank text. */
export function filterNodes(roots: readonly ExplorerNode[], text: string): ExplorerNode[] {
  const words = filterWords(text);
  if (words.length === 0) return [...roots];
  const keep = (nodes: readonly ExplorerNode[], groupText: string): ExplorerNode[] =>
    nodes.flatMap((node) => {
      const own = `${groupText} ${searchText(node)}`;
      if (words.every((word) => own.includes(word))) return [node];
      if (!node.children) return [];
      const children = keep(node.children, own);
      // A group shown for some members opens, so what matched is in sight.
      return children.length > 0 ? [{ ...node, children, collapsed: false }] : [];
    });
  return keep(roots, '');
}

/** What a filtered view shows when nothing matches: the filter, and a click that clears it. */
export function noMatchNode(noun: string, text: string, clearCommand: string): ExplorerNode {
  return {
    id: 'filter:no-match',
    label: `No ${noun} match “${text.trim()}”`,
    description: 'Clear the filter',
    icon: { id: 'filter' },
    command: { command: clearCommand, title: 'Clear Filter' },
  };
}
