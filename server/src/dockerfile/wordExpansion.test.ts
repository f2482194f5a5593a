import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expandWord, variableReferences, type ValueLookup } from './wordExpansion';

const values: Record<string, string | null> = { A: 'alpha', EMPTY: '', IMAGE: null, FILE: 'dir/sub/app.tar.gz' };
const lookup: ValueLookup = (name) => (name in values ? values[name] : undefined);
const expand = (text: string, raw = false) => expandWord(text, lookup, { escapeChar: '\\', raw });
const names = (text: string) => variableReferences(text, { escapeChar: '\\' }).map((r) => r.name);

test('plain and braced references expand, and their offsets cover the whole reference', () => {
  const { value, references } = expand('x-$A/${A}');
  assert.equal(value, 'x-alpha/alpha');
  assert.deepEqual(
    references.map((r) => [r.name, r.start, r.end, r.nameStart, r.nameEnd]),
    [
      ['A', 2, 4, 3, 4],
      ['A', 5, 9, 7, 8],
    ],
  );
});

test('single quotes and the escape character keep a dollar literal; double quotes still expand', () => {
  assert.deepEqual(expand(`'$A' \\$A "$A"`), { value: '$A $A alpha', references: [{ name: 'A', start: 10, end: 12, nameStart: 11, nameEnd: 12 }] });
  assert.deepEqual(names(`'$HOME'`), []);
});

test('a heredoc body is expanded raw: quotes do not hide variables', () => {
  assert.equal(expand(`echo '$A'`, true).value, "echo 'alpha'");
});

test('defaults: with and without the colon, and the variables inside a default are looked up too', () => {
  assert.equal(expand('${EMPTY:-d}').value, 'd');
  assert.equal(expand('${EMPTY-d}').value, '');
  assert.equal(expand('${UNSET-d}').value, 'd');
  assert.equal(expand('${A:+set}').value, 'set');
  assert.equal(expand('${UNSET:+set}').value, '');
  assert.deepEqual(names('${UNSET:-$A}'), ['UNSET', 'A']);
});

test('pattern removal and replacement behave like the shell', () => {
  assert.equal(expand('${FILE##*/}').value, 'app.tar.gz');
  assert.equal(expand('${FILE#*/}').value, 'sub/app.tar.gz');
  assert.equal(expand('${FILE%.*}').value, 'dir/sub/app.tar');
  assert.equal(expand('${FILE%%.*}').value, 'dir/sub/app');
  assert.equal(expand('${A/l/L}').value, 'aLpha');
  assert.equal(expand('${A//a/_}').value, '_lph_');
});

test('a value set from outside the file makes the whole word unknown', () => {
  assert.equal(expand('repo/${IMAGE}:1').value, null);
  assert.equal(expand('repo/${UNSET}:1').value, 'repo/:1');
});

test('line continuations are joined and comment lines inside them dropped, as the builder reads them', () => {
  const text = 'a\\\n  # note\n  b$A';
  const { value, references } = expand(text);
  assert.equal(value, 'a  balpha');
  assert.equal(text.slice(references[0].start, references[0].end), '$A');
});

test('the escape character can be a backtick', () => {
  assert.deepEqual(expandWord('`$A$A', lookup, { escapeChar: '`' }), { value: '$Aalpha', references: [{ name: 'A', start: 3, end: 5, nameStart: 4, nameEnd: 5 }] });
});

test('special parameters and positional names are names; a lone dollar is literal; malformed input does not throw', () => {
  assert.deepEqual(names('$1 $@ $ x'), ['1', '@']);
  for (const text of ['${', '${A', '${}', '${:x}', '"open', "'open", '${A:-', '${A/x', '\\']) assert.doesNotThrow(() => expand(text), text);
});
