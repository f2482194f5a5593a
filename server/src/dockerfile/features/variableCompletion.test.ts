import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CompletionItem, TextEdit } from 'vscode-languageserver-types';
import { DockerfileContext } from '../context';
import { completion } from './completion';

/** Completion where `|` is; the text without the marker. */
function itemsAt(marked: string): { items: CompletionItem[]; text: string } {
  const offset = marked.indexOf('|');
  const text = marked.replace('|', '');
  const before = text.slice(0, offset).split('\n');
  return { items: completion(new DockerfileContext(text), { line: before.length - 1, character: before[before.length - 1].length }), text };
}

function accept(marked: string, label: string): string {
  const { items, text } = itemsAt(marked);
  const item = items.find((i) => i.label === label);
  assert.ok(item, `no ${label} among ${items.map((i) => i.label).join(', ')}`);
  const edits = [item.textEdit as TextEdit, ...(item.additionalTextEdits ?? [])];
  return TextDocument.applyEdits(TextDocument.create('untitled:x', 'dockerfile', 1, text), edits);
}

test('after $ in a stage: its ARGs and ENVs with their values, the global ones only once redeclared', () => {
  const { items } = itemsAt('ARG GO=1.23\nARG DEBUG\nFROM golang:$GO\nARG GO\nENV CGO_ENABLED=0 DIR=/src/$GO\nRUN echo $|');
  const byLabel = new Map(items.map((i) => [i.label, i]));
  assert.equal(byLabel.get('GO')?.detail, '= "1.23"', 'the stage ARG takes the global value');
  assert.equal(byLabel.get('DIR')?.detail, '= "/src/1.23"');
  assert.equal(byLabel.get('DEBUG'), undefined, 'not redeclared in the stage');
  assert.match(String((byLabel.get('CGO_ENABLED')?.documentation as { value: string }).value), /ENV on line 5/);
  assert.equal(byLabel.get('HTTP_PROXY')?.detail, 'set by the build when given');
  assert.ok(items.findIndex((i) => i.label === 'GO') >= 0 && byLabel.get('GO')!.sortText! < byLabel.get('HTTP_PROXY')!.sortText!, 'declared before predefined');
});

test('FROM lines see the global ARGs and the platform ARGs', () => {
  const labels = itemsAt('ARG BASE=alpine\nFROM --platform=$BUILDPLATFORM ${|').items.map((i) => i.label);
  assert.ok(labels.includes('BASE') && labels.includes('TARGETARCH'));
});

test('choosing completes the name, closes a brace, and replaces the rest of the name', () => {
  assert.equal(accept('ARG VERSION=1\nFROM alpine:${VER|', 'VERSION'), 'ARG VERSION=1\nFROM alpine:${VERSION}');
  assert.equal(accept('ARG VERSION=1\nFROM alpine:${VER|}', 'VERSION'), 'ARG VERSION=1\nFROM alpine:${VERSION}');
  assert.equal(accept('ARG VERSION=1\nFROM alpine:$V|ERS', 'VERSION'), 'ARG VERSION=1\nFROM alpine:$VERSION');
});

test('a platform ARG the stage has not declared adds its ARG line', () => {
  assert.equal(accept('FROM alpine\n  RUN echo $TARGET|', 'TARGETARCH'), 'FROM alpine\n  ARG TARGETARCH\n  RUN echo $TARGETARCH');
  const { items } = itemsAt('FROM alpine\nARG TARGETARCH\nRUN echo $|');
  assert.equal(items.filter((i) => i.label === 'TARGETARCH').length, 1);
  assert.equal(items.find((i) => i.label === 'TARGETARCH')?.additionalTextEdits, undefined);
});

test('after ${NAME: the modifiers, as snippets', () => {
  const { items } = itemsAt('FROM alpine\nARG MODE\nRUN echo ${MODE:|');
  assert.deepEqual(items.map((i) => i.filterText), [':-', ':+', ':?']);
  assert.equal((items[0].textEdit as TextEdit).newText, ':-${1:default}}');
  assert.equal((itemsAt('FROM alpine\nARG MODE\nRUN echo ${MODE:|}').items[0].textEdit as TextEdit).newText, ':-${1:default}', 'a closing brace is already there');
});

test('an escaped $ is no variable', () => {
  assert.deepEqual(itemsAt('FROM alpine\nARG A\nRUN echo \\$|').items, []);
});
