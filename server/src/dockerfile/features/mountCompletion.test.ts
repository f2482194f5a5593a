import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { TextEdit } from 'vscode-languageserver-types';
import { DockerfileContext } from '../context';
import { completion } from './completion';

function itemsAt(marked: string) {
  const offset = marked.indexOf('|');
  const text = marked.replace('|', '');
  const before = text.slice(0, offset).split('\n');
  return completion(new DockerfileContext(text), { line: before.length - 1, character: before[before.length - 1].length });
}
const labels = (marked: string) => itemsAt(marked).map((i) => i.label);

test('--mount= starts with type, then offers the mount types', () => {
  assert.equal(labels('FROM alpine\nRUN --mount=|')[0], 'type');
  assert.deepEqual(labels('FROM alpine\nRUN --mount=type=|').sort(), ['bind', 'cache', 'secret', 'ssh', 'tmpfs']);
});

test('the options of the type chosen, without those already given', () => {
  const cache = labels('FROM alpine\nRUN --mount=type=cache,target=/root/.cache,|');
  assert.ok(cache.includes('sharing') && cache.includes('id') && !cache.includes('target') && !cache.includes('type'));
  const secret = labels('FROM alpine\nRUN --mount=type=secret,|');
  assert.ok(secret.includes('env') && secret.includes('required') && !secret.includes('sharing'));
  assert.ok(labels('FROM alpine\nRUN --mount=|').includes('rw'), 'bind when no type is given');
});

test('values: sharing modes and earlier stages for from=, replacing only the value', () => {
  assert.deepEqual(labels('FROM alpine\nRUN --mount=type=cache,sharing=|'), ['shared', 'private', 'locked']);
  const stages = itemsAt('FROM golang AS build\nFROM alpine\nRUN --mount=type=bind,from=bu|,target=/src');
  assert.deepEqual(stages.map((i) => i.label), ['build']);
  assert.deepEqual((stages[0].textEdit as TextEdit).range, { start: { line: 2, character: 27 }, end: { line: 2, character: 29 } });
});
