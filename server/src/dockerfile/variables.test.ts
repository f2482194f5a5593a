import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Instruction } from 'dockerfile-ast';
import { DockerfileContext } from './context';
import { expansionSites } from './instructionParts';
import { editDistance } from './builder/suggest';
import { closestName, declaredNames, forEachInstructionScope, globalScope, referencesIn, scopeAt } from './variables';

const parse = (text: string) => new DockerfileContext(text);
const onLine = (file: DockerfileContext, line: number): Instruction => {
  const found = file.instructions.find((i) => i.getRange().start.line === line - 1);
  assert.ok(found, `no instruction on line ${line}`);
  return found;
};
const valueAt = (file: DockerfileContext, line: number, name: string) => scopeAt(file, onLine(file, line)).get(name)?.value;

test('FROM sees the predefined platform ARGs and the ARGs declared before it, defaults expanded in order', () => {
  const file = parse('ARG REGISTRY=docker.io\nARG IMAGE=${REGISTRY}/library/alpine\nARG TAG\nFROM $IMAGE:$TAG');
  const scope = globalScope(file);
  assert.equal(scope.get('IMAGE')?.value, 'docker.io/library/alpine');
  assert.equal(scope.get('TAG')?.value, undefined, 'declared without a default');
  assert.equal(scope.get('TAG')?.definition.kind, 'arg');
  assert.equal(scope.get('TARGETPLATFORM')?.definition.kind, 'predefined');
  assert.equal(scope.get('HTTP_PROXY')?.value, null, 'set only when the build passes it');
  // A global ARG sees only the ARGs above it.
  assert.equal(scopeAt(file, onLine(file, 2)).get('IMAGE'), undefined);
  assert.equal(scopeAt(file, onLine(file, 2)).get('REGISTRY')?.value, 'docker.io');
});

test('a stage does not see global ARGs or platform ARGs until it redeclares them, then gets their value', () => {
  const file = parse('ARG VERSION=1.2\nFROM alpine\nCOPY a /\nARG VERSION\nARG TARGETARCH\nCOPY b /');
  assert.equal(scopeAt(file, onLine(file, 3)).get('VERSION'), undefined);
  assert.equal(scopeAt(file, onLine(file, 3)).get('TARGETARCH'), undefined);
  assert.equal(valueAt(file, 6, 'VERSION'), '1.2');
  assert.equal(valueAt(file, 6, 'TARGETARCH'), 'amd64');
});

test('one ENV expands all its values before setting any name; one ARG sets each name for the next', () => {
  const file = parse('FROM scratch\nENV A=old\nENV A=new B=$A\nARG C=1 D=$C\nCOPY x /');
  assert.equal(valueAt(file, 5, 'B'), 'old');
  assert.equal(valueAt(file, 5, 'A'), 'new');
  assert.equal(valueAt(file, 5, 'D'), '1');
});

test('a stage built FROM an earlier stage inherits its ARGs and ENVs; other stages start afresh', () => {
  const file = parse('ARG PARENT=base\nFROM scratch AS base\nENV HOME_DIR=/srv\nARG MODE=release\nFROM ${PARENT}\nCOPY a /\nFROM scratch\nCOPY b /');
  assert.equal(valueAt(file, 6, 'HOME_DIR'), '/srv', 'FROM ${PARENT} names the stage once expanded');
  assert.equal(valueAt(file, 6, 'MODE'), 'release');
  assert.equal(scopeAt(file, onLine(file, 6)).imageEnvironmentUnknown, false);
  assert.equal(scopeAt(file, onLine(file, 8)).get('HOME_DIR'), undefined);
});

test('a stage FROM an image may hold ENV the file does not show; a scratch stage holds only PATH', () => {
  const file = parse('FROM node:22\nCOPY a /\nFROM scratch\nCOPY b /');
  const image = scopeAt(file, onLine(file, 2));
  assert.equal(image.imageEnvironmentUnknown, true);
  assert.equal(image.lookup('NODE_VERSION'), null, 'may come from the image');
  const scratch = scopeAt(file, onLine(file, 4));
  assert.equal(scratch.imageEnvironmentUnknown, false);
  assert.equal(scratch.lookup('NODE_VERSION'), undefined);
  assert.match(String(scratch.get('PATH')?.value), /\/usr\/bin/);
});

test('forEachInstructionScope visits each instruction with the scope before it', () => {
  const file = parse('FROM scratch\nARG A=1\nCOPY $A /\nFROM scratch\nCOPY $A /');
  const seen: [number, string | null | undefined][] = [];
  forEachInstructionScope(file, (instruction, scope) => seen.push([instruction.getRange().start.line + 1, scope.get('A')?.value]));
  assert.deepEqual(seen, [
    [2, undefined],
    [3, '1'],
    [5, undefined],
  ]);
});

test('expansion sites skip what the shell expands and the lines of a heredoc body', () => {
  const file = parse('FROM scratch\nRUN echo $A\nCOPY --chown=$U <<EOF /dest/$D\n$BODY\nEOF\nCOPY <<"EOF" /x\n$QUOTED\nEOF\nWORKDIR /w/$W');
  const names = (line: number) => referencesIn(file, onLine(file, line)).map((r) => r.name);
  assert.deepEqual(names(2), []);
  assert.deepEqual(names(3), ['U', 'D', 'BODY']);
  assert.deepEqual(names(6), [], 'a quoted heredoc delimiter turns expansion off');
  assert.deepEqual(names(9), ['W']);
  const [reference] = referencesIn(file, onLine(file, 9));
  assert.deepEqual(reference.range, { start: { line: 8, character: 11 }, end: { line: 8, character: 13 } });
  assert.ok(expansionSites(file, onLine(file, 2)).length === 0);
});

test('ENV and LABEL expand names and values; ARG only values', () => {
  const file = parse('FROM scratch\nENV $K=$V\nLABEL $LK=$LV\nARG $AK=$AV');
  assert.deepEqual(referencesIn(file, onLine(file, 2)).map((r) => r.name), ['K', 'V']);
  assert.deepEqual(referencesIn(file, onLine(file, 3)).map((r) => r.name), ['LK', 'LV']);
  assert.deepEqual(referencesIn(file, onLine(file, 4)).map((r) => r.name), ['AV']);
});

test('every word of an ARG declares a name, even when the first has no default', () => {
  const file = parse('FROM scratch\nARG A B=2 C\nENV LEGACY some value\nCOPY x /');
  assert.equal(valueAt(file, 4, 'A'), undefined);
  assert.equal(scopeAt(file, onLine(file, 4)).get('A')?.definition.kind, 'arg');
  assert.equal(valueAt(file, 4, 'B'), '2');
  assert.equal(scopeAt(file, onLine(file, 4)).get('C')?.definition.kind, 'arg');
  assert.equal(valueAt(file, 4, 'LEGACY'), 'some value', 'ENV keeps the legacy key value form');
});

test('declaredNames gathers every ARG and ENV in the file', () => {
  assert.deepEqual([...declaredNames(parse('ARG A\nFROM scratch\nENV B=1 C=2\nFROM scratch\nARG D'))], ['A', 'B', 'C', 'D']);
});

test('closestName suggests like BuildKit: distance under three, first best, none for an exact match', () => {
  assert.equal(editDistance('PAHT', 'PATH'), 2);
  assert.equal(closestName('DIR_ASSET', ['DIR_BINARIES', 'DIR_ASSETS', 'DIR_CONFIG']), 'DIR_ASSETS');
  assert.equal(closestName('PAHT', ['HOME', 'PATH']), 'PATH');
  assert.equal(closestName('VERSION', ['NODE_ENV']), undefined);
  assert.equal(closestName('A', ['A', 'B']), undefined);
  // After a candidate one edit away, only the name itself can change the answer.
  assert.equal(closestName('PAHT', ['PATX', 'PATH', 'PAHT']), undefined);
  assert.equal(closestName('DIR_ASSET', ['DIR_ASSETZ', 'DIR_ASSETS', 'DIR_ASSE']), 'DIR_ASSETZ');
});

test('editDistance with a limit stops once the distance cannot come below it', () => {
  assert.equal(editDistance('kitten', 'sitting'), 3);
  assert.equal(editDistance('kitten', 'sitting', 2), 2);
  assert.equal(editDistance('kitten', 'sitting', 4), 3);
  assert.equal(editDistance('', 'abc', 1), 1);
  assert.equal(editDistance('abc', 'abc', 1), 0);
});

test('malformed instructions do not throw', () => {
  const file = parse('ARG\nFROM\nENV\nARG =x\nCOPY\nFROM ${\nWORKDIR "unterminated');
  assert.doesNotThrow(() => {
    forEachInstructionScope(file, () => undefined);
    for (const instruction of file.instructions) referencesIn(file, instruction);
  });
});
