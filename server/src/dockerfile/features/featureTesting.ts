import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Position, Range } from 'vscode-languageserver-types';
import { dockerfileRules } from '../rules';

/** Helpers for the language features' tests: positions found by the text around them. */

/** Where the `nth` (from 0) occurrence of `needle` starts in `text`, moved `offset` characters into it. */
export function positionOf(text: string, needle: string, nth = 0, offset = 0): Position {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" occurs fewer than ${nth + 1} times`);
  }
  const before = text.slice(0, at + offset).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

/** The text a range covers. */
export function textAt(text: string, range: Range): string {
  const lines = text.split('\n');
  if (range.start.line === range.end.line) return lines[range.start.line].slice(range.start.character, range.end.character);
  return [lines[range.start.line].slice(range.start.character), ...lines.slice(range.start.line + 1, range.end.line), lines[range.end.line].slice(0, range.end.character)].join('\n');
}

/** A range as `line:character-line:character` (1-based lines), for readable assertions. */
export function where(range: Range): string {
  return `${range.start.line + 1}:${range.start.character}-${range.end.line + 1}:${range.end.character}`;
}

/** Every Dockerfile text at hand: the rules' docs examples (flagged and fixed) and the Dockerfiles under test/fixtures. */
export function dockerfileCorpus(): string[] {
  const texts = dockerfileRules.flatMap((rule) => [rule.docs.bad, rule.docs.good]);
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return walk(path);
      return /(^|\.)Dockerfile$|\.dockerfile$/i.test(name) ? [readFileSync(path, 'utf8')] : [];
    });
  return [...texts, ...walk(resolve(__dirname, '../../../../test/fixtures'))];
}
