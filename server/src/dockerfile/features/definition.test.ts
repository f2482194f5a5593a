import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DockerfileContext } from '../context';
import { definition } from './definition';
import { positionOf, where } from './featureTesting';

const targetsAt = (text: string, needle: string, nth = 0, offset = 1) => definition(new DockerfileContext(text), positionOf(text, needle, nth, offset))?.map((l) => where(l.range)) ?? null;

const MULTI_STAGE = [
  'ARG GO=1.23',
  'FROM golang:${GO} AS build',
  'ARG GO',
  'RUN echo $GO',
  'FROM build AS test',
  'RUN --mount=type=bind,from=build,target=/src go test',
  'FROM alpine:3.20',
  'COPY --from=build /app /app',
  'COPY --from=0 /etc/x /x',
].join('\n');

test('a stage reference in FROM, COPY --from and RUN --mount=from goes to the AS name', () => {
  assert.deepEqual(targetsAt(MULTI_STAGE, 'FROM build', 0, 6), ['2:21-2:26']);
  assert.deepEqual(targetsAt(MULTI_STAGE, 'from=build', 0, 6), ['2:21-2:26']);
  assert.deepEqual(targetsAt(MULTI_STAGE, '--from=build', 0, 8), ['2:21-2:26']);
  assert.deepEqual(targetsAt(MULTI_STAGE, '--from=0', 0, 7), ['2:21-2:26'], 'by index');
});

test('a variable goes to the ARG in scope, and an ARG without a default also to the global ARG it reads', () => {
  assert.deepEqual(targetsAt(MULTI_STAGE, '${GO}', 0, 3), ['1:4-1:6'], 'FROM reads the global ARG');
  assert.deepEqual(targetsAt(MULTI_STAGE, '$GO', 0, 2), ['3:4-3:6', '1:4-1:6'], 'RUN reads the stage ARG, which takes the global value');
});

test('ENV shadows ARG from its line on; a stage built FROM another sees its variables', () => {
  const text = 'FROM alpine AS base\nARG MODE=dev\nRUN echo $MODE\nENV MODE=prod\nRUN echo $MODE\nFROM base\nRUN echo $MODE';
  assert.deepEqual(targetsAt(text, '$MODE', 0), ['2:4-2:8']);
  assert.deepEqual(targetsAt(text, '$MODE', 1), ['4:4-4:8']);
  assert.deepEqual(targetsAt(text, '$MODE', 2), ['4:4-4:8'], 'inherited through FROM base');
});

test('only an earlier stage counts, and variables in single quotes, exec form or another stage do not resolve', () => {
  const text = 'FROM alpine\nCOPY --from=later /a /a\nFROM alpine AS later\nARG V=1\nRUN echo \'$V\' "$V"\nCMD ["echo", "$V"]\nFROM alpine\nRUN echo $V';
  assert.equal(targetsAt(text, 'later', 0, 1), null);
  assert.deepEqual(targetsAt(text, '$V', 0), null, 'single-quoted');
  assert.deepEqual(targetsAt(text, '$V', 1), ['4:4-4:5']);
  assert.equal(targetsAt(text, '$V', 2), null, 'exec form runs no shell');
  assert.equal(targetsAt(text, '$V', 3), null, 'another stage does not see it');
});

test('heredoc scripts resolve like RUN; predefined ARGs and undeclared names have no definition', () => {
  const text = 'FROM alpine\nARG TARGETARCH\nENV HOME_DIR=/home\nRUN <<EOF\n# don\'t cache\necho $HOME_DIR $TARGETARCH $JAVA_HOME\nEOF';
  assert.deepEqual(targetsAt(text, '$HOME_DIR'), ['3:4-3:12']);
  assert.deepEqual(targetsAt(text, '$TARGETARCH'), ['2:4-2:14'], 'the stage declaration of a predefined ARG');
  assert.equal(targetsAt(text, '$JAVA_HOME'), null);
});

test('nowhere to go: null', () => {
  assert.equal(targetsAt('FROM alpine\nRUN echo hi', 'echo'), null);
  assert.equal(definition(new DockerfileContext(''), { line: 5, character: 5 }), null);
});
