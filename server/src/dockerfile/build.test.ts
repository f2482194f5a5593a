import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DockerfileContext } from './context';
import { buildOptions, locateBuildFailure, type BuildFailurePoint } from './build';

const parse = (text: string) => new DockerfileContext(text);

/** The 1-based line a point maps to, or undefined. */
function lineOf(text: string, point: BuildFailurePoint): number | undefined {
  const range = locateBuildFailure(parse(text), point);
  return range ? range.start.line + 1 : undefined;
}

const MULTI_STAGE = [
  'ARG BASE=alpine:3.20', // 1
  'FROM $BASE AS build', // 2
  'WORKDIR /src', // 3
  'ENV A=1', // 4
  'RUN make \\', // 5
  '  all', // 6
  'FROM build AS test', // 7
  'RUN make test', // 8
  'FROM scratch', // 9
  'COPY --from=build /out /', // 10
].join('\n');

test('buildOptions lists stages with names, bases and lines', () => {
  const { stages } = buildOptions(parse(MULTI_STAGE));
  assert.deepEqual(stages, [
    { index: 0, name: 'build', base: '$BASE', line: 1 },
    { index: 1, name: 'test', base: 'build', line: 6 },
    { index: 2, name: null, base: 'scratch', line: 8 },
  ]);
});

test('buildOptions lists each ARG once with the first default written, multi-name ARGs split', () => {
  const { args } = buildOptions(parse('ARG VERSION\nFROM alpine:3.20\nARG VERSION=1.2 MODE="fast build" DEBUG\nARG DEBUG=0'));
  assert.deepEqual(args, [
    { name: 'VERSION', defaultValue: '1.2', line: 0 },
    { name: 'MODE', defaultValue: '"fast build"', line: 2 },
    { name: 'DEBUG', defaultValue: '0', line: 2 },
  ]);
});

test('a Dockerfile:N line maps to the instruction holding it, pointed at on its first line', () => {
  const range = locateBuildFailure(parse(MULTI_STAGE), { kind: 'line', line: 6 });
  assert.deepEqual(range, { start: { line: 4, character: 0 }, end: { line: 4, character: 10 } });
  assert.equal(lineOf(MULTI_STAGE, { kind: 'line', line: 99 }), undefined);
});

test('a line without an instruction (a parse error on a blank or comment line) is pointed at itself', () => {
  assert.equal(lineOf('FROM alpine:3.20\n\n# note\nRUN true', { kind: 'line', line: 3 }), 3);
});

test("the classic builder's Step N counts every instruction, global ARGs included", () => {
  assert.equal(lineOf(MULTI_STAGE, { kind: 'step', step: 1 }), 1);
  assert.equal(lineOf(MULTI_STAGE, { kind: 'step', step: 5 }), 5);
  assert.equal(lineOf(MULTI_STAGE, { kind: 'step', step: 7 }), 8);
  assert.equal(lineOf(MULTI_STAGE, { kind: 'step', step: 10 }), undefined);
});

test("BuildKit's [stage i/n] counts the FROM of an image, RUN, COPY, ADD and WORKDIR of the named stage", () => {
  assert.equal(lineOf(MULTI_STAGE, { kind: 'vertex', stage: 'build', step: 2, text: 'WORKDIR /src' }), 3);
  assert.equal(lineOf(MULTI_STAGE, { kind: 'vertex', stage: 'build', step: 3, text: 'RUN make   all' }), 5);
  // FROM build makes no vertex: the stage's first step is its RUN
  assert.equal(lineOf(MULTI_STAGE, { kind: 'vertex', stage: 'TEST', step: 1, text: 'RUN make test' }), 8);
  // an unnamed stage is stage-<index>; FROM scratch makes no vertex
  assert.equal(lineOf(MULTI_STAGE, { kind: 'vertex', stage: 'stage-2', step: 1, text: 'COPY /out /' }), 10);
});

test('a vertex without a stage is the only stage, else the target, else the last stage', () => {
  const single = 'FROM alpine:3.20\nWORKDIR /x\nRUN true\nRUN false';
  assert.equal(lineOf(single, { kind: 'vertex', step: 4, text: 'RUN false' }), 4);
  assert.equal(lineOf(MULTI_STAGE, { kind: 'vertex', step: 1, text: 'RUN make test', target: 'test' }), 8);
  assert.equal(lineOf(MULTI_STAGE, { kind: 'vertex', step: 1, text: 'COPY /out /' }), 10);
});

test('a vertex whose keyword disagrees with the counted instruction is not placed; ONBUILD triggers go to the FROM', () => {
  assert.equal(lineOf(MULTI_STAGE, { kind: 'vertex', stage: 'build', step: 2, text: 'RUN something' }), undefined);
  assert.equal(lineOf(MULTI_STAGE, { kind: 'vertex', stage: 'build', step: 1, text: 'ONBUILD RUN make' }), 2);
  assert.equal(lineOf(MULTI_STAGE, { kind: 'vertex', stage: 'nope', step: 1, text: 'RUN x' }), undefined);
});
