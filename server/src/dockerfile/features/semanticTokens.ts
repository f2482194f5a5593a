import { JSONInstruction, Onbuild } from 'dockerfile-ast';
import type { Range, SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver-types';
import type { DockerfileContext } from '../context';
import { occurrenceIndex } from './occurrences';
import { flagsOf } from './positions';

/**
 * Semantic tokens for what the TextMate grammar cannot know from one line: which names are stages
 * (`FROM build`, `--from=build` and `from=build` name a stage only when one is declared above),
 * which `$NAME`s are ARGs and ENVs of this file or the builder's own, the names ARG and ENV declare,
 * and keywords, flags and exec-form strings on continuation lines and in ONBUILD. Comments are left
 * to the grammar.
 */

export const SEMANTIC_TOKEN_TYPES = ['keyword', 'parameter', 'string', 'class', 'variable'] as const;
export const SEMANTIC_TOKEN_MODIFIERS = ['declaration', 'readonly', 'defaultLibrary'] as const;
export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = { tokenTypes: [...SEMANTIC_TOKEN_TYPES], tokenModifiers: [...SEMANTIC_TOKEN_MODIFIERS] };

type TokenType = (typeof SEMANTIC_TOKEN_TYPES)[number];
type TokenModifier = (typeof SEMANTIC_TOKEN_MODIFIERS)[number];

interface Token {
  line: number;
  start: number;
  end: number;
  type: TokenType;
  modifiers: TokenModifier[];
}

export function semanticTokens(file: DockerfileContext): SemanticTokens {
  const inner: Token[] = [];
  const strings: Token[] = [];
  const add = (into: Token[], range: Range | null | undefined, type: TokenType, modifiers: TokenModifier[] = []) => {
    // Tokens span one line; a name broken by a line continuation is left to the grammar.
    if (range && range.start.line === range.end.line && range.end.character > range.start.character) {
      into.push({ line: range.start.line, start: range.start.character, end: range.end.character, type, modifiers });
    }
  };
  for (const instruction of file.instructions) {
    add(inner, instruction.getInstructionRange(), 'keyword');
    if (instruction instanceof Onbuild) add(inner, instruction.getTriggerRange(), 'keyword');
    for (const flag of flagsOf(instruction)) add(inner, { start: flag.getRange().start, end: flag.getNameRange().end }, 'parameter');
    if (instruction instanceof JSONInstruction && file.isExecForm(instruction)) {
      for (const string of instruction.getJSONStrings()) add(strings, string.getRange(), 'string');
    }
  }
  for (const occurrence of occurrenceIndex(file).occurrences) {
    if (occurrence.origin === 'undeclared') continue;
    const modifiers: TokenModifier[] = occurrence.declaration ? ['declaration'] : [];
    if (occurrence.origin === 'predefined') modifiers.push('readonly', 'defaultLibrary');
    add(inner, occurrence.range, occurrence.kind === 'stage' ? 'class' : 'variable', modifiers);
  }
  return { data: encode([...inner, ...strings.flatMap((s) => outside(s, inner))]) };
}

/** The parts of a string token not covered by the tokens inside it (a `$VAR` in `COPY ["$SRC", "/"]`). */
function outside(string: Token, inner: Token[]): Token[] {
  const pieces: Token[] = [];
  let start = string.start;
  const within = inner.filter((t) => t.line === string.line && t.start < string.end && t.end > string.start).sort((a, b) => a.start - b.start);
  for (const token of within) {
    if (token.start > start) pieces.push({ ...string, start, end: token.start });
    start = Math.max(start, token.end);
  }
  if (start < string.end) pieces.push({ ...string, start });
  return pieces;
}

/** LSP's relative encoding: line delta, start delta, length, type index, modifier bits; sorted, no overlaps. */
function encode(tokens: Token[]): number[] {
  tokens.sort((a, b) => a.line - b.line || a.start - b.start);
  const data: number[] = [];
  let line = 0;
  let start = 0;
  let lastEnd = -1;
  let lastLine = -1;
  for (const token of tokens) {
    if (token.line === lastLine && token.start < lastEnd) continue;
    const bits = token.modifiers.reduce((sum, modifier) => sum | (1 << SEMANTIC_TOKEN_MODIFIERS.indexOf(modifier)), 0);
    data.push(token.line - line, token.line === line ? token.start - start : token.start, token.end - token.start, SEMANTIC_TOKEN_TYPES.indexOf(token.type), bits);
    line = token.line;
    start = token.start;
    lastLine = token.line;
    lastEnd = token.end;
  }
  return data;
}
