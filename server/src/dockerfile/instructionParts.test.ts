import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Arg, Copy, Env, Instruction } from 'dockerfile-ast';
import { DockerfileContext } from './context';
import { declarations, expansionSites, heredocBodyLines, instructionText, pathArguments } from './instructionParts';

const parse = (text: string) => new DockerfileContext(text);
const at = (file: DockerfileContext, line: number): Instruction => file.instructions.find((i) => i.getRange().start.line === line - 1) as Instruction;
const text = (file: DockerfileContext, range: { start: { line: number; character: number }; end: { line: number; character: number } } | null) => (range ? file.document.getText(range) : null);

test('declarations read every word of an ARG as its own, and keep the legacy form of ENV', () => {
  const file = parse('FROM scratch\nARG A B=2 C=\nENV KEY some value\nARG D=1 E');
  const summary = (line: number) => declarations(file, at(file, line) as Arg | Env).map((d) => [d.name, text(file, d.valueRange)]);
  assert.deepEqual(summary(2), [['A', null], ['B', '2'], ['C', '']]);
  assert.deepEqual(summary(3), [['KEY', 'some value']]);
  assert.deepEqual(summary(4), [['D', '1'], ['E', null]]);
  const [b] = declarations(file, at(file, 2) as Arg).slice(1);
  assert.equal(text(file, b.nameRange), 'B');
  assert.equal(declarations(file, at(file, 2) as Arg), declarations(file, at(file, 2) as Arg), 'read once');
});

test('pathArguments gives the sources and destination, leaving heredocs out', () => {
  const file = parse('FROM scratch\nCOPY --chown=1 a b /dest/\nCOPY <<EOF /etc/x\nbody words\nEOF\nCOPY ["a b", "/c/"]');
  const paths = (line: number) => pathArguments(file, at(file, line) as Copy).map((r) => text(file, r));
  assert.deepEqual(paths(2), ['a', 'b', '/dest/']);
  assert.deepEqual(paths(3), ['/etc/x']);
  assert.deepEqual(paths(6), ['"a b"', '"/c/"']);
});

test('heredocBodyLines marks the body and terminator, not the line that opens the heredoc', () => {
  const file = parse('FROM scratch\nRUN <<EOF cat\necho\nEOF\nRUN true');
  const inBody = heredocBodyLines(file, at(file, 2));
  assert.deepEqual([1, 2, 3, 4].map(inBody), [false, true, true, false]);
  assert.equal(heredocBodyLines(file, at(file, 5))(4), false);
});

test('instructionText is the instruction as written, continuations included', () => {
  const file = parse('FROM scratch\nRUN a \\\n  b\n');
  assert.equal(instructionText(file, at(file, 2)), 'RUN a \\\n  b');
});

test('expansionSites is empty for an instruction without a dollar sign or for one the shell expands', () => {
  const file = parse('FROM scratch\nCOPY a b\nRUN echo $A\nUSER $U');
  assert.deepEqual(expansionSites(file, at(file, 2)), []);
  assert.deepEqual(expansionSites(file, at(file, 3)), []);
  assert.deepEqual(expansionSites(file, at(file, 4)).map((s) => file.text.slice(s.start, s.end)), ['$U']);
});
