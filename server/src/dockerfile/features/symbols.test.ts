import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SymbolKind } from 'vscode-languageserver-types';
import { DockerfileContext } from '../context';
import { documentSymbols } from './symbols';

test('outline: global ARGs, then stages with their instructions', () => {
  const file = new DockerfileContext('ARG GO=1.23\nFROM golang:${GO} AS build\nRUN go build\nFROM alpine:3.20\nCOPY --from=build /app /app\n');
  const symbols = documentSymbols(file);
  assert.deepEqual(symbols.map((s) => [s.name, s.kind]), [['ARG', SymbolKind.Variable], ['build', SymbolKind.Module], ['stage 1', SymbolKind.Module]]);
  assert.deepEqual(symbols[1].children?.map((c) => c.name), ['RUN']);
  assert.deepEqual(symbols[1].range, { start: { line: 1, character: 0 }, end: { line: 2, character: 12 } });
  assert.equal(symbols[2].detail, 'alpine:3.20');
  assert.deepEqual(symbols[2].children?.map((c) => [c.name, c.detail]), [['COPY', '--from=build /app /app']]);
});

test('an empty or broken file has an empty outline', () => {
  assert.deepEqual(documentSymbols(new DockerfileContext('')), []);
  assert.deepEqual(documentSymbols(new DockerfileContext('\u0000\u0001 garbage \\')).filter((s) => s.kind === SymbolKind.Module), []);
});
