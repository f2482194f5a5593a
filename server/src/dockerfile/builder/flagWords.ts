import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range } from 'vscode-languageserver-types';

/**
 * A flag word as the builder reads it: quotes group characters and are dropped, and a backslash keeps
 * the next character (whatever the escape directive says), so `--mount="type=cache,target=/x"` is
 * `mount` = `type=cache,target=/x`.
 */
export function unquoteFlagWord(word: string): string {
  let result = '';
  let quote = '';
  for (let i = 0; i < word.length; i++) {
    const ch = word[i];
    if (quote === '' && (ch === '"' || ch === "'")) quote = ch;
    else if (ch === quote) quote = '';
    else if (ch === '\\') {
      if (i + 1 < word.length) result += word[++i];
    } else result += ch;
  }
  return result;
}

interface FlagRanges {
  nameRange: Range;
  valueRange: Range | null;
  valueOffset?: number;
}

/**
 * Where a flag's name and value lie. When the word reads exactly as written the value's characters map
 * one to one onto the file (`valueOffset`), so a rule can point inside it; otherwise the ranges split the
 * written word at its first `=`.
 */
export function flagRanges(document: TextDocument, wordRange: Range, raw: string, name: string, value: string | null): FlagRanges {
  const start = document.offsetAt(wordRange.start);
  const end = start + raw.length;
  // Most flags sit on one line, where positions follow from the word's start without searching the document.
  const { line, character } = wordRange.start;
  const oneLine = !raw.includes('\n');
  const position = (offset: number) => (oneLine ? { line, character: character + offset - start } : document.positionAt(offset));
  const range = (from: number, to: number): Range => ({ start: position(from), end: position(to) });
  if (raw === `--${name}${value === null ? '' : `=${value}`}`) {
    const valueStart = start + 3 + name.length;
    return { nameRange: range(start + 2, start + 2 + name.length), valueRange: value === null ? null : range(valueStart, end), valueOffset: value === null ? undefined : valueStart };
  }
  const equals = raw.indexOf('=');
  if (equals < 0) return { nameRange: range(start + 2, end), valueRange: null };
  return { nameRange: range(start + 2, start + equals), valueRange: range(start + equals + 1, end) };
}
