import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { SignatureHelp } from 'vscode-languageserver-types';
import { DockerfileContext } from '../context';
import { signatureHelp } from './signatureHelp';

function helpAt(marked: string): SignatureHelp | null {
  const offset = marked.indexOf('|');
  const text = marked.replace('|', '');
  const before = text.slice(0, offset).split('\n');
  return signatureHelp(new DockerfileContext(text), { line: before.length - 1, character: before[before.length - 1].length });
}

/** The signature in use and the parameter the cursor is on, as the editor would underline it. */
function active(marked: string): [string, string] | null {
  const help = helpAt(marked);
  if (!help) return null;
  const signature = help.signatures[help.activeSignature ?? 0];
  const parameter = signature.parameters?.[help.activeParameter ?? 0]?.label;
  return [signature.label, Array.isArray(parameter) ? signature.label.slice(parameter[0], parameter[1]) : String(parameter)];
}

test('FROM: image, AS, name; flags do not count', () => {
  assert.deepEqual(active('FROM --platform=linux/arm64 |')?.[1], '<image>');
  assert.deepEqual(active('FROM golang:1.23 |')?.[1], 'AS');
  assert.deepEqual(active('FROM golang:1.23 AS b|')?.[1], '<name>');
});

test('COPY: sources until the last argument, which is the destination', () => {
  assert.equal(active('FROM a\nCOPY --from=build |')?.[1], '<src>');
  assert.equal(active('FROM a\nCOPY go.mod |')?.[1], '<dest>');
  assert.equal(active('FROM a\nCOPY go.m|od go.sum ./')?.[1], '<src>');
  assert.equal(active('FROM a\nCOPY go.mod go.sum ./|')?.[1], '<dest>');
});

test('the form in use: exec form after [, heredoc form with <<, else shell form', () => {
  assert.match(active('FROM a\nCMD ["node", |]')![0], /^CMD \["<executable>"/);
  assert.equal(active('FROM a\nCMD ["node", |]')![1], '<arg>');
  assert.match(active('FROM a\nRUN <<EOF\necho |\nEOF')![0], /^RUN <<EOF/);
  assert.match(active('FROM a\nRUN --mount=type=cache,target=/c make |')![0], /^RUN \[--mount/);
});

test('ONBUILD shows the instruction it carries; a keyword or a blank line shows nothing', () => {
  assert.match(active('FROM a\nONBUILD COPY . |')![0], /^COPY /);
  assert.match(active('FROM a\nONBUILD |')![0], /^ONBUILD /);
  assert.equal(helpAt('FRO|M a'), null);
  assert.equal(helpAt('FROM a\n|'), null);
  assert.equal(helpAt('FROM a\nFOO b|'), null);
});
