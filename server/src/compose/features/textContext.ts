/**
 * Where the cursor is in a Compose file, read from the indentation of the lines above it rather than
 * from the parse: while a key is half typed the YAML is often invalid, and completion must still
 * know that it is inside `services.web.healthcheck`.
 */

export type TextMode =
  /** Typing a mapping key (or nothing yet) on its own line. */
  | 'key'
  /** After `key: `. */
  | 'value'
  /** After `- `: a list item, which may be a value or the first key of a mapping item. */
  | 'item';

export interface TextContext {
  mode: TextMode;
  /** Keys and `[]` list steps down to the mapping or list being written in; for `value`, ends with the key. */
  path: string[];
  /** What is typed of the word being completed. */
  partial: string;
  /** The column where that word starts, for the edit range. */
  start: number;
  /** The column keys of the mapping being written start at (for `key` and `item` modes). */
  column: number;
}

interface LineShape {
  /** Columns of the `- ` markers, left to right. */
  dashes: number[];
  /** Column of the content after the indentation and the markers. */
  column: number;
  /** The key, when the content is `key:` followed by a space, a comment or the end. */
  key?: string;
  /** What follows `key:` (without a comment); empty when it opens a block. */
  value?: string;
  content: string;
}

/**
 * A text's lines, sliced only when read: completion reads a few dozen lines around the cursor of a
 * file that may have thousands, and splitting all of them on every request costs more than the rest.
 */
export class TextLines {
  /** The offset each line starts at. */
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let newline = text.indexOf('\n'); newline >= 0; newline = text.indexOf('\n', newline + 1)) this.starts.push(newline + 1);
  }

  get count(): number {
    return this.starts.length;
  }

  /** The line without its end of line; empty past the end. */
  at(line: number): string {
    if (line < 0 || line >= this.starts.length) return '';
    const end = line + 1 < this.starts.length ? this.starts[line + 1] - 1 : this.text.length;
    return this.text.slice(this.starts[line], this.text[end - 1] === '\r' ? end - 1 : end);
  }

  /** The spaces a line starts with, counted without slicing it. */
  indentation(line: number): number {
    const start = this.starts[line];
    let column = 0;
    while (this.text.charCodeAt(start + column) === 32) column++;
    return column;
  }
}

let lastLines: TextLines | undefined;

/**
 * The lines of a text, kept for the last text asked about: the server reads the cursor twice per
 * completion request (whether to fetch images, then the items) and again on the next request while
 * the text is unchanged. An editor's text is one string per version, so the check is a pointer compare.
 */
export function linesOf(text: string): TextLines {
  if (lastLines?.text !== text) lastLines = new TextLines(text);
  return lastLines;
}

const KEY = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#'"\-?:,[\]{}][^#]*?|-[^\s#]+[^#]*?)\s*:(?:\s+|$)(.*)$/;

function shapeOf(line: string): LineShape {
  let i = 0;
  const dashes: number[] = [];
  for (;;) {
    while (line[i] === ' ') i++;
    if (line[i] === '-' && (line[i + 1] === ' ' || i + 1 === line.length)) {
      dashes.push(i);
      i++;
      continue;
    }
    break;
  }
  const content = line.slice(i);
  const match = KEY.exec(content);
  if (!match) return { dashes, column: i, content };
  const key = match[1].replace(/^(["'])(.*)\1$/, '$2');
  return { dashes, column: i, key, value: match[2].replace(/\s+#.*$/, '').trim(), content };
}

/** A key whose value is written on the following lines: nothing after it but an anchor, a tag or a block scalar header. */
function opensBlock(shape: LineShape): boolean {
  return shape.value !== undefined && /^(?:(?:&[^\s]+|![^\s]*)\s*)*$/.test(shape.value);
}

/** The context of the cursor at `character` on line `line`. */
export function textContextAt(lines: TextLines, line: number, character: number): TextContext | undefined {
  const before = lines.at(line).slice(0, character);
  const current = shapeOf(before);
  if (current.content.trimStart().startsWith('#')) return undefined;
  const path: string[] = current.dashes.map(() => '[]');
  let mode: TextMode;
  let partial: string;
  let start: number;
  const flow = /^(.*?):\s*\[([^\]]*)$/.exec(current.content);
  if (current.key !== undefined && current.value !== undefined) {
    path.push(current.key);
    const value = /["']?([^"'\s,[\]{}]*)$/.exec(current.value)!;
    partial = value[1];
    start = character - partial.length;
    // `key: [a, b` completes list items, `key: x` the value.
    mode = /^\[/.test(current.value) ? 'item' : 'value';
  } else if (flow) {
    path.push(flow[1].trim());
    partial = /([^\s,'"]*)$/.exec(flow[2])![1];
    start = character - partial.length;
    mode = 'item';
  } else if (/^[\w.$-]*$/.test(current.content)) {
    partial = current.content;
    start = current.column;
    mode = current.dashes.length > 0 ? 'item' : 'key';
  } else return undefined;
  if (mode === 'item' && current.dashes.length > 0) path.pop();
  path.unshift(...parentPath(lines, line, current));
  return { mode, path, partial, start, column: current.column };
}

/**
 * The keys and list steps above a line, found by walking up to ever less indented keys: a key is a
 * parent when it is left of everything met so far; a `- ` marker makes the content right of it an
 * item of the list whose key is at or left of the marker.
 */
function parentPath(lines: TextLines, line: number, current: LineShape): string[] {
  const path: string[] = [];
  // The current line's first marker (or its content) bounds its parents.
  let threshold = current.dashes.length > 0 ? current.dashes[0] : current.column;
  let inclusive = current.dashes.length > 0;
  for (let above = line - 1; above >= 0 && (threshold > 0 || inclusive); above--) {
    // A line indented past the threshold (or to it, when a key there would not count) can be neither a
    // parent nor a marker nor text that ends the block: skipped unread, which keeps a walk up past
    // hundreds of services cheap.
    const indentation = lines.indentation(above);
    if (indentation > threshold || (indentation === threshold && !inclusive)) continue;
    const text = lines.at(above);
    if (/^\s*(?:#.*)?$/.test(text)) continue;
    if (/^(?:---|\.\.\.)\s*$/.test(text)) break;
    const shape = shapeOf(text);
    if (shape.key !== undefined && (inclusive ? shape.column <= threshold : shape.column < threshold)) {
      if (!opensBlock(shape)) {
        // A less indented key with a value of its own ends the block we are in: the YAML is broken here.
        if (shape.column < threshold) break;
      } else {
        path.unshift(shape.key);
        threshold = shape.column;
        inclusive = false;
      }
    } else if (shape.key === undefined && shape.column < threshold && shape.dashes.length === 0) {
      // Plain text left of us (a block scalar's line, a flow collection): nothing above can be read reliably.
      break;
    }
    for (let d = shape.dashes.length - 1; d >= 0; d--) {
      if (shape.dashes[d] < threshold) {
        path.unshift('[]');
        threshold = shape.dashes[d];
        inclusive = true;
      }
    }
  }
  return path;
}

/** The keys already written in the mapping the cursor is in (same column, same block), to leave out of completion. */
export function siblingKeys(lines: TextLines, line: number, column: number): Set<string> {
  const keys = new Set<string>();
  for (const step of [-1, 1]) {
    for (let other = line + step; other >= 0 && other < lines.count; other += step) {
      const text = lines.at(other);
      if (/^\s*(?:#.*)?$/.test(text)) continue;
      const shape = shapeOf(text);
      const leftmost = shape.dashes.length > 0 ? shape.dashes[0] : shape.column;
      if (leftmost < column && !(step === -1 && shape.column === column)) break;
      if (shape.column === column && shape.key !== undefined) keys.add(shape.key);
      // A new list item at our level starts another mapping.
      if (shape.dashes.length > 0 && shape.column === column) break;
    }
  }
  return keys;
}
