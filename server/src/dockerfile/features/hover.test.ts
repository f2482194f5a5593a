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
  const text = valueOf(hover(file, { line: 2, character: 7 }));
  assert.match(text, /--mount=type=<cache\|bind\|secret\|ssh\|tmpfs>/);
  assert.match(text, /Example: `RUN --mount=type=cache,/);
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

test('a variable shows its value where it is used and the line that declares it', () => {
  const text = 'ARG GO=1.23\nFROM golang:${GO}\nARG GO\nENV DIR=/src/$GO\nRUN cd $DIR && echo $HOME\nARG TARGETARCH';
  const file = new DockerfileContext(text);
  const used = valueOf(hover(file, { line: 4, character: 9 }));
  assert.match(used, /^Variable `DIR` = "\/src\/1\.23"/);
  assert.match(used, /Declared on line 4:\n```dockerfile\nENV DIR=\/src\/\$GO\n```/);
  const inFrom = valueOf(hover(file, { line: 1, character: 15 }));
  assert.match(inFrom, /Variable `GO` = "1\.23"[\s\S]*Declared on line 1/);
  const redeclared = valueOf(hover(file, { line: 2, character: 5 }));
  assert.match(redeclared, /^Declares `GO` = "1\.23"[\s\S]*Declared on line 1:\n```dockerfile\nARG GO=1\.23/, 'takes the global value');
  assert.match(valueOf(hover(file, { line: 4, character: 22 })), /`HOME` is not declared in this Dockerfile/);
  assert.match(valueOf(hover(file, { line: 5, character: 6 })), /Declares `TARGETARCH` = "amd64"[\s\S]*Predefined by BuildKit/);
});

test('a stage named in FROM or a --mount from= shows its FROM line; a mount option explains itself', () => {
  const text = 'FROM golang:1.23 AS build\nFROM build AS test\nRUN --mount=type=cache,from=build,sharing=locked go test';
  const file = new DockerfileContext(text);
  assert.match(valueOf(hover(file, { line: 1, character: 7 })), /Stage `build` \(line 1\)\n\n```dockerfile\nFROM golang:1\.23 AS build/);
  assert.match(valueOf(hover(file, { line: 2, character: 30 })), /Stage `build`/);
  assert.match(valueOf(hover(file, { line: 2, character: 14 })), /\*\*cache\*\* mount/);
  assert.match(valueOf(hover(file, { line: 2, character: 37 })), /`sharing` \(cache mount\): How concurrent builds/);
});

test('a base image shows what the local engine knows; stages, scratch and unknown images show nothing', () => {
  const images = [{ id: 'sha256:0123456789abcdef', tags: ['alpine:3.20'], digests: ['alpine@sha256:feed'], size: 7_800_000, created: 1_717_000_000 }];
  const text = 'FROM docker.io/library/alpine:3.20 AS base\nFROM base\nFROM scratch\nFROM debian';
  const file = new DockerfileContext(text);
  const shown = hover(file, { line: 0, character: 8 }, images);
  assert.match(valueOf(shown), /\*\*Local image\*\* 7\.8 MB, created 2024-05-29[\s\S]*ID `0123456789ab`[\s\S]*Digest `sha256:feed`/);
  assert.deepEqual(shown?.range, { start: { line: 0, character: 5 }, end: { line: 0, character: 34 } });
  assert.doesNotMatch(valueOf(hover(file, { line: 1, character: 6 }, images)), /Local image/);
  assert.equal(hover(file, { line: 2, character: 6 }, images), null);
  assert.equal(hover(file, { line: 3, character: 6 }, images), null);
});
