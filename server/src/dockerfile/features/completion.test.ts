import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DockerfileContext } from '../context';
import { completion, wantsLocalImages } from './completion';

function labelsAt(text: string): string[] {
  // `|` marks the cursor.
  const offset = text.indexOf('|');
  const clean = text.replace('|', '');
  const before = clean.slice(0, offset).split('\n');
  return completion(new DockerfileContext(clean), { line: before.length - 1, character: before[before.length - 1].length }).map((i) => i.label);
}

test('instructions at the start of a line, with snippets, following the file\'s case', () => {
  const upper = labelsAt('FROM alpine:3.20\nR|');
  assert.ok(upper.includes('RUN') && upper.includes('COPY') && upper.includes('HEALTHCHECK'));
  const lower = labelsAt('from alpine:3.20\nrun echo\n|');
  assert.ok(lower.includes('run') && !lower.includes('RUN'));
  const item = completion(new DockerfileContext('\n'), { line: 0, character: 0 }).find((i) => i.label === 'COPY');
  assert.equal(item?.insertText, 'COPY ${1:src} ${2:dest}');
});

test('parser directives only in the directive block at the top', () => {
  assert.deepEqual(labelsAt('# |').sort(), ['check', 'escape', 'syntax']);
  assert.deepEqual(labelsAt('# syntax=docker/dockerfile:1\n# |').sort(), ['check', 'escape', 'syntax']);
  assert.deepEqual(labelsAt('FROM alpine\n# |'), []);
});

test('flags of the instruction after --', () => {
  assert.deepEqual(labelsAt('FROM alpine\nCOPY --|').sort(), ['--chmod', '--chown', '--exclude', '--from', '--link', '--parents']);
  assert.ok(labelsAt('FROM alpine\nRUN --|').includes('--mount'));
  assert.ok(labelsAt('FROM alpine\nHEALTHCHECK --|').includes('--start-interval'));
  const items = completion(new DockerfileContext('FROM alpine\nCOPY --'), { line: 1, character: 7 });
  const link = items.find((i) => i.label === '--link');
  const from = items.find((i) => i.label === '--from');
  assert.deepEqual([link?.insertText, link?.command], ['--link', undefined], 'a flag that may stand alone is inserted alone');
  assert.deepEqual([from?.insertText, from?.command?.command], ['--from=', 'editor.action.triggerSuggest'], 'a flag that needs a value asks for it');
});

test('stage names after --from= and in FROM, only stages defined above', () => {
  const text = 'FROM golang:1.23 AS build\nFROM node:22 AS web\nFROM alpine\nCOPY --from=|\nFROM scratch AS late';
  assert.deepEqual(labelsAt(text), ['build', 'web']);
  assert.deepEqual(labelsAt('FROM golang:1.23 AS build\nFROM |'), ['build']);
});

test('values: --platform, fixed words, booleans, STOPSIGNAL', () => {
  assert.ok(labelsAt('FROM --platform=|').includes('$BUILDPLATFORM'));
  assert.deepEqual(labelsAt('FROM alpine\nRUN --network=|'), ['default', 'none', 'host']);
  assert.deepEqual(labelsAt('FROM alpine\nRUN --security=|'), ['sandbox', 'insecure']);
  assert.deepEqual(labelsAt('FROM alpine\nCOPY --link=|'), ['true', 'false']);
  assert.deepEqual(labelsAt('FROM alpine\nCOPY --chown=|'), [], 'a free-form value has no list');
  assert.ok(labelsAt('FROM alpine\nSTOPSIGNAL |').includes('SIGQUIT'));
});

test('ONBUILD offers the instructions it may carry', () => {
  const items = labelsAt('FROM alpine\nONBUILD |');
  assert.ok(items.includes('RUN') && !items.includes('FROM') && !items.includes('ONBUILD'));
});

test('anywhere in broken text: a list, never an exception', () => {
  for (const text of ['', '\u0000', 'RUN <<EOF\n', 'FROM a \\\n', '\uFEFF']) {
    for (let line = 0; line < 4; line++) for (const character of [0, 3, 99]) assert.ok(Array.isArray(completion(new DockerfileContext(text), { line, character })));
  }
});

test('after FROM: earlier stages first, then the local images, whose tags complete the whole word', () => {
  const images = [
    { id: 'sha256:aaa', tags: ['alpine:3.20', 'alpine:latest'], digests: ['alpine@sha256:bbb'], size: 8_500_000, created: 1_717_000_000 },
    { id: 'sha256:ccc', tags: ['<none>:<none>'], digests: [], size: 1, created: 0 },
  ];
  const file = new DockerfileContext('FROM golang AS build\nFROM --platform=$BUILDPLATFORM alp');
  const items = completion(file, { line: 1, character: 34 }, images);
  assert.deepEqual(items.map((i) => i.label), ['build', 'alpine:3.20', 'alpine:latest']);
  assert.equal(items[1].detail, '8.5 MB, created 2024-05-29');
  const details = (items[1].documentation as { value: string }).value;
  assert.match(details, /^\*\*Local image\*\* ID `aaa`[\s\S]*Tags: `alpine:3\.20`, `alpine:latest`[\s\S]*Digest `sha256:bbb`$/);
  assert.doesNotMatch(details, /8\.5 MB/, 'the detail line already says it');
  assert.deepEqual(items[1].textEdit, { range: { start: { line: 1, character: 31 }, end: { line: 1, character: 34 } }, newText: 'alpine:3.20' });
});

test('local images are wanted only in the image slot of FROM', () => {
  const file = new DockerfileContext('FROM alpine AS a\nFROM --platform=linux/amd64 \nFROM $BASE\nRUN x\nFROM --platform=$BUILDPLATFORM ');
  assert.equal(wantsLocalImages(file, { line: 0, character: 8 }), true);
  assert.equal(wantsLocalImages(file, { line: 0, character: 14 }), false, 'after the image');
  assert.equal(wantsLocalImages(file, { line: 1, character: 28 }), true, 'after the flags');
  assert.equal(wantsLocalImages(file, { line: 1, character: 10 }), false, 'inside a flag');
  assert.equal(wantsLocalImages(file, { line: 2, character: 10 }), false, 'a variable');
  assert.equal(wantsLocalImages(file, { line: 3, character: 5 }), false);
  assert.equal(wantsLocalImages(file, { line: 4, character: 31 }), true, 'a variable in a flag is no matter');
  assert.deepEqual(labelsAt('FROM alpine a|'), ['AS']);
});
