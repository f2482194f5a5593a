import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DocumentHighlightKind } from 'vscode-languageserver-types';
import { DockerfileContext } from '../context';
import { positionOf, where } from './featureTesting';
import { documentHighlights } from './highlights';

test('declarations are writes and uses are reads, for the symbol under the cursor only', () => {
  const text = 'FROM alpine AS base\nENV A=1 B=2\nRUN echo $A $B\nFROM base\nRUN echo ${A}';
  const highlights = documentHighlights(new DockerfileContext(text), positionOf(text, '${A}', 0, 2));
  assert.deepEqual(highlights?.map((h) => [where(h.range), h.kind]), [
    ['2:4-2:5', DocumentHighlightKind.Write],
    ['3:10-3:11', DocumentHighlightKind.Read],
    ['5:11-5:12', DocumentHighlightKind.Read],
  ]);
});

test('a name the file never declares highlights its other uses', () => {
  const text = 'FROM alpine\nRUN echo $HOME && cd $HOME';
  assert.equal(documentHighlights(new DockerfileContext(text), positionOf(text, '$HOME', 1, 1))?.length, 2);
});
