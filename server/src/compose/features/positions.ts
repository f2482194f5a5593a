import { isMap, isPair, isScalar, isSeq, type Node, type Scalar } from 'yaml';
import { COMPOSE_FILE, type KeyDoc, type ValueShape } from '../../docs/compose';
import { isMergeKey, scalarKey, type ComposeContext } from '../context';

/**
 * Where an offset is in the written YAML: the key path down to it and the scalar under it, if any.
 * Aliases are not followed (the cursor is in the text that is written there).
 */
export interface YamlPosition {
  /** Keys and `[index]` steps from the top of the document. */
  path: string[];
  scalar?: Scalar;
  /** The scalar is a mapping key (the last step of `path` is its name). */
  onKey: boolean;
}

/** The deepest place an offset is in; undefined outside every document's content. */
export function yamlPositionAt(file: ComposeContext, offset: number): YamlPosition | undefined {
  for (const doc of file.documents) {
    const [start, , end] = doc.range;
    if (offset < start || offset > end) continue;
    return descend(doc.contents as Node | null, offset, []);
  }
  return undefined;
}

function within(node: Node | null | undefined, offset: number): boolean {
  const range = node?.range;
  return !!range && offset >= range[0] && offset <= range[1];
}

function descend(root: Node | null, offset: number, rootPath: string[]): YamlPosition | undefined {
  let node = root;
  const path = [...rootPath];
  // A loop, not recursion: deeply nested flow collections must not exhaust the stack.
  for (;;) {
    if (isMap(node)) {
      const pair = node.items.find((item) => within(item.key as Node, offset) || within(item.value as Node, offset));
      if (!pair || !isPair(pair) || !isScalar(pair.key) || isMergeKey(pair.key)) return { path, onKey: false };
      const name = scalarKey(pair.key);
      if (within(pair.key as Node, offset)) return { path: [...path, name], scalar: pair.key, onKey: true };
      path.push(name);
      node = pair.value as Node;
      continue;
    }
    if (isSeq(node)) {
      const index = node.items.findIndex((item) => within(item as Node, offset));
      if (index < 0) return { path, onKey: false };
      path.push(`[${index}]`);
      node = node.items[index] as Node;
      continue;
    }
    return isScalar(node) ? { path, scalar: node, onKey: false } : { path, onKey: false };
  }
}

/** The shape of the value at a key path, as the Compose Specification gives it; undefined off the spec. */
export function shapeAt(path: readonly string[]): ValueShape | undefined {
  let shape: ValueShape | undefined = COMPOSE_FILE;
  for (const step of path) {
    shape = step.startsWith('[') ? listItems(shape) : keyDoc(shape, step)?.shape;
    if (!shape) return undefined;
  }
  return shape;
}

/** What the spec says about the key a path ends with. */
export function keyDocAt(path: readonly string[]): KeyDoc | undefined {
  if (path.length === 0) return undefined;
  return keyDoc(shapeAt(path.slice(0, -1)), path[path.length - 1]);
}

/** The doc of a key in a mapping shape: a fixed key, or any key of a dict (whose doc is its values'). */
function keyDoc(shape: ValueShape | undefined, key: string): KeyDoc | undefined {
  if (!shape) return undefined;
  if (shape.kind === 'object') return shape.keys[key];
  if (shape.kind === 'dict') return { description: '', shape: shape.values };
  if (shape.kind === 'oneOf') {
    for (const option of shape.options) if (option.kind === 'object' && key in option.keys) return option.keys[key];
    for (const option of shape.options) if (option.kind === 'dict') return { description: '', shape: option.values };
  }
  return undefined;
}

/** The shape of a list's items (of the list form, where lists are one of several forms). */
export function listItems(shape: ValueShape | undefined): ValueShape | undefined {
  if (shape?.kind === 'list') return shape.items;
  if (shape?.kind === 'oneOf') for (const option of shape.options) if (option.kind === 'list') return option.items;
  return undefined;
}
