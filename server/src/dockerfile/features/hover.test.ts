import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Hover, MarkupContent } from 'vscode-languageserver-types';
import { DockerfileContext } from '../context';
import { hover } from './hover';

const text = '# syntax=docker/dockerfile:1\nFROM golang:1.23 AS build\nrun --mount=type=cache,target=/root/.cache go build\nFROM alpine:3.20\nCOPY --from=build /app /app\n';
const file = new DockerfileContext(text);
const valueOf = (h: Hover | null) => (h?.contents as MarkupContent | undefined)?.value ?? '';

test('an instruction keyword explains the instruction, in any case', () => {
  const result = hover(file, { line: 2, character: 1 });
  assert.match(valueOf(result), /^\*\*RUN\*\*: Runs a command/);
  assert.match(valueOf(result), /docs\.docker\.com\/reference\/dockerfile\/#run/);
  assert.deepEqual(result?.range, { start: { line: 2, character: 0 }, end: { line: 2, character: 3 } });
});

test('a flag explains the flag', () => {
  assert.match(valueOf(hover(file, { line: 2, character: 7 })), /--mount=type=<cache\|bind\|secret\|ssh\|tmpfs>/);
});

test('a stage reference shows the stage\'s FROM line', () => {
  assert.match(valueOf(hover(file, { line: 4, character: 14 })), /FROM golang:1\.23 AS build/);
});

test('a parser directive explains the directive', () => {
  assert.match(valueOf(hover(file, { line: 0, character: 3 })), /syntax\*\* parser directive/);
});

test('nothing to say, or past the end: null, never an error', () => {
  assert.equal(hover(file, { line: 3, character: 8 }), null);
  assert.equal(hover(file, { line: 99, character: 0 }), null);
  assert.equal(hover(new DockerfileContext(''), { line: 0, character: 0 }), null);
  assert.equal(hover(new DockerfileContext('RUN <<EOF\nunterminated'), { line: 1, character: 3 }), null);
});
