import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FoldingRangeKind } from 'vscode-languageserver-types';
import { DockerfileContext } from '../context';
import { foldingRanges } from './folding';

const text = [
  '# Build stage',
  '# compiles the app',
  'FROM golang:1.23 AS build',
  'RUN apt-get update && \\',
  '    # a comment inside the instruction',
  '    apt-get install -y git',
  'RUN <<EOF',
  'go build',
  'go test',
  'EOF',
  'FROM alpine:3.20',
].join('\n');

test('folds stages, continued instructions, heredocs and comment blocks', () => {
  const ranges = foldingRanges(new DockerfileContext(text)).map((r) => [r.startLine, r.endLine, r.kind ?? '']);
  assert.deepEqual(
    ranges.sort((a, b) => Number(a[0]) - Number(b[0]) || Number(a[1]) - Number(b[1])),
    [
      [0, 1, FoldingRangeKind.Comment],
      [2, 9, FoldingRangeKind.Region],
      [3, 5, ''],
      [6, 8, ''],
      [6, 9, ''],
    ],
  );
});
