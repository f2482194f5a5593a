import { isMap, isPair, isScalar, isSeq, Pair, Scalar, YAMLMap, YAMLSeq, type Document, type Node } from 'yaml';
import { parseDocuments, readDocuments, type ParsedYaml } from './parse';

/**
 * An edit inside one service (or one network, volume…) reparses only that entry: parsing a
 * 200-service file whole takes tens of milliseconds, one entry a fraction of one.
 *
 * It is done only where the result is the whole-file parse's, and the whole file is parsed otherwise:
 *  - the earlier parse (`base`) is one clean document: no problems, no anchors or aliases (which tie
 *    entries together), no directives (which change how every entry reads);
 *  - everything the edit changed lies in the lines of one entry of a top-level block mapping, from
 *    its key's line to the next entry's key line (so never a section's last entry, whose end yaml
 *    works out with what follows the section);
 *  - in the new text those lines are still one entry: its key at the same column, every later line
 *    blank, a comment, or indented past the key, so no line belongs to anything else;
 *  - parsed alone together with the next entry's key line, those lines are a block mapping of that
 *    entry and that key, with no problem.
 * The entry's new nodes then replace the old ones; the nodes after it are copied with their offsets
 * moved by the edit's length change. The earlier parse is not touched: features may still hold it.
 */
export function reparseEdited(base: ParsedYaml, baseText: string, text: string): ParsedYaml | undefined {
  const [doc] = base.documents;
  if (base.documents.length !== 1 || base.problems.length > 0 || base.anchored || !plainDirectives(doc)) return undefined;
  const root = doc.contents;
  if (!isMap(root) || root.flow) return undefined;
  const change = changedSpan(baseText, text);
  const block = blockHolding(root, baseText, change.start, change.oldEnd);
  if (!block) return undefined;
  const { start, column } = block;
  const end = block.end + change.delta;
  if (end <= start || text[end - 1] !== '\n' || !isOneEntry(text, start, end, column)) return undefined;

  // Read with the next entry's key line, as the file reads it: a node may stretch over comments up to
  // the next key, and yaml must see that key start a new entry.
  const nextLine = text.indexOf('\n', end);
  const [alone, ...more] = parseDocuments(text.slice(start, nextLine < 0 ? text.length : nextLine + 1));
  const entries = alone?.contents;
  if (!alone || more.length > 0 || alone.errors.length > 0 || alone.warnings.length > 0 || !plainDirectives(alone)) return undefined;
  if (!isMap(entries) || entries.flow || entries.items.length !== 2) return undefined;
  const [pair, next] = entries.items;
  if (!isKeyAt(pair.key, column) || !isKeyAt(next.key, end - start + column)) return undefined;

  // The section, the top-level mapping and the document start before the entry (or at its key) and
  // end after the next entry: their offsets before the entry stay, those after it move.
  const moved = (range: Node['range']): [number, number, number] | undefined => {
    if (!range) return undefined;
    const offsets = range.map((offset) => (offset <= start + column ? offset : offset >= block.end ? offset + change.delta : Number.NaN));
    return offsets.some(Number.isNaN) ? undefined : (offsets as [number, number, number]);
  };
  const ranges = { section: moved(block.section.range), root: moved(root.range), doc: moved(doc.range) };
  if (!ranges.section || !ranges.root || !ranges.doc) return undefined;
  moveInPlace(pair, start);
  const newSection = Object.assign(new YAMLMap(block.section.schema), block.section, {
    range: ranges.section,
    items: block.section.items.map((item, i) => (i < block.index ? item : i === block.index ? pair : copyMoved(item, change.delta))),
  });
  const newRoot = Object.assign(new YAMLMap(root.schema), root, {
    range: ranges.root,
    items: root.items.map((item, i) => (i < block.sectionIndex ? item : i === block.sectionIndex ? new Pair(item.key, newSection) : copyMoved(item, change.delta))),
  });
  const newDoc: Document.Parsed = Object.create(Object.getPrototypeOf(doc), Object.getOwnPropertyDescriptors(doc));
  Object.assign(newDoc, { contents: newRoot, range: ranges.doc, errors: [], warnings: [] });
  return readDocuments([newDoc]);
}

/** The shortest span of the old text whose replacement gives the new one: `start` to `oldEnd`, and how much longer the new text is. */
function changedSpan(before: string, after: string): { start: number; oldEnd: number; delta: number } {
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let same = 0;
  while (same < shorter - start && before.charCodeAt(before.length - 1 - same) === after.charCodeAt(after.length - 1 - same)) same++;
  return { start, oldEnd: before.length - same, delta: after.length - before.length };
}

interface Block {
  section: YAMLMap;
  sectionIndex: number;
  /** The entry's index in its section. */
  index: number;
  /** Where its key's line starts, and where the line after its last starts (in the old text). */
  start: number;
  end: number;
  /** Its key's column. */
  column: number;
}

/** The entry of a top-level block mapping whose lines hold the old text from `from` to `to`; never a section's last entry, whose end is the section's. */
function blockHolding(root: YAMLMap, text: string, from: number, to: number): Block | undefined {
  for (let sectionIndex = 0; sectionIndex < root.items.length; sectionIndex++) {
    const section = root.items[sectionIndex].value;
    if (!isMap(section) || section.flow) continue;
    for (let index = 0; index + 1 < section.items.length; index++) {
      const start = keyLineStart(text, section.items[index].key);
      const end = keyLineStart(text, section.items[index + 1].key);
      if (start === undefined || end === undefined || from < start) return undefined;
      // Lines inserted where the next entry starts are read as this entry's last lines (or not at all).
      if (to <= end) return { section, sectionIndex, index, start, end, column: (section.items[index].key as Scalar).range![0] - start };
    }
  }
  return undefined;
}

/** A key written at `offset`: a scalar with some text (yaml places an empty key where it can). */
function isKeyAt(key: unknown, offset: number): boolean {
  return isScalar(key) && key.range !== undefined && key.range !== null && key.range[0] === offset && key.range[1] > offset;
}

/** Where the line of a key starts, when only spaces come before the key on it. */
function keyLineStart(text: string, key: unknown): number | undefined {
  if (!isScalar(key) || !key.range || key.range[1] <= key.range[0]) return undefined;
  const at = key.range[0];
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  for (let i = lineStart; i < at; i++) if (text[i] !== ' ') return undefined;
  return lineStart;
}

/** The lines from `start` to `end` are one entry keyed at `column`: every line after the first is blank, a comment, or indented further. */
function isOneEntry(text: string, start: number, end: number, column: number): boolean {
  for (let line = start, first = true; line < end; first = false) {
    let indent = 0;
    while (text[line + indent] === ' ') indent++;
    const next = text[line + indent];
    const blank = next === '\n' || next === '\r' || line + indent >= end;
    if (first ? indent !== column || blank || next === '#' : !blank && next !== '#' && indent <= column) return false;
    const newline = text.indexOf('\n', line);
    line = newline < 0 ? end : newline + 1;
  }
  return true;
}

/** No `%YAML` or `%TAG` directive: a block read alone reads the same. */
function plainDirectives(doc: Document.Parsed): boolean {
  const { yaml, tags } = doc.directives;
  return !yaml.explicit && Object.entries(tags).every(([handle, prefix]) => handle === '!!' && prefix === 'tag:yaml.org,2002:');
}

/** Moves the offsets of freshly parsed nodes (the block parsed alone) to where the block is in the file. */
function moveInPlace(root: unknown, by: number): void {
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isPair(node)) {
      stack.push(node.key, node.value);
      continue;
    }
    if (!isScalar(node) && !isMap(node) && !isSeq(node)) continue;
    if (node.range) node.range = [node.range[0] + by, node.range[1] + by, node.range[2] + by];
    if (!isScalar(node)) stack.push(...node.items);
  }
}

/** A copy of a pair or node (anything but an alias, which a plain file has none of) with its offsets moved. */
function copyMoved<T>(node: T, by: number): T {
  if (isPair(node)) return new Pair(copyMoved(node.key, by), copyMoved(node.value, by)) as T;
  const range = (isScalar(node) || isMap(node) || isSeq(node)) && node.range ? ([node.range[0] + by, node.range[1] + by, node.range[2] + by] as [number, number, number]) : undefined;
  if (isScalar(node)) return Object.assign(new Scalar(node.value), node, { range }) as T;
  if (isMap(node)) return Object.assign(new YAMLMap(node.schema), node, { range, items: node.items.map((item) => copyMoved(item, by)) }) as T;
  if (isSeq(node)) return Object.assign(new YAMLSeq(node.schema), node, { range, items: node.items.map((item) => copyMoved(item, by)) }) as T;
  return node;
}
