import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { SelectionRange } from 'vscode-languageserver-types';
import { DockerfileContext } from '../context';
import { positionOf, textAt } from './featureTesting';
import { selectionRanges } from './selectionRanges';

const TEXT = 'FROM golang:1.23 AS build\nRUN --mount=type=cache,target=/root/.cache \\\n    go build ./...\nFROM alpine\nCOPY --from=build /app /app\n';

function chain(text: string, needle: string, offset: number): string[] {
  let selection: SelectionRange | undefined = selectionRanges(new DockerfileContext(text), [positionOf(text, needle, 0, offset)])[0];
  const texts: string[] = [];
  for (; selection; selection = selection.parent) texts.push(textAt(text, selection.range));
  return texts;
}

test('word, mount option, flag value, flag, instruction, stage', () => {
  assert.deepEqual(chain(TEXT, 'cache,', 2), [
    'cache',
    'type=cache',
    'type=cache,target=/root/.cache',
    '--mount=type=cache,target=/root/.cache',
    'RUN --mount=type=cache,target=/root/.cache \\\n    go build ./...',
    TEXT.split('\nFROM alpine')[0],
  ]);
});

test('a stage reference and an argument', () => {
  assert.deepEqual(chain(TEXT, '=build', 3), ['build', '--from=build', 'COPY --from=build /app /app', 'FROM alpine\nCOPY --from=build /app /app']);
  assert.deepEqual(chain(TEXT, '/app /app', 2), ['app', '/app', 'COPY --from=build /app /app', 'FROM alpine\nCOPY --from=build /app /app']);
});

test('one answer per position, even outside the text', () => {
  const file = new DockerfileContext('# just a comment');
  const answers = selectionRanges(file, [{ line: 0, character: 4 }, { line: 9, character: 9 }]);
  assert.equal(answers.length, 2);
  assert.deepEqual(answers[1].range, { start: { line: 0, character: 16 }, end: { line: 0, character: 16 } });
  assert.equal(textAt('# just a comment', answers[0].range), 'just');
});
