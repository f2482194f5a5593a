import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scanInterpolation, substitute } from './interpolation';

const lookup = (name: string) => ({ SET: 'value', EMPTY: '' })[name];

test('substitution follows each operator for set, empty and unset variables', () => {
  const cases: [string, string][] = [
    ['${SET}', 'value'],
    ['$SET-x', 'value-x'],
    ['${UNSET:-d}', 'd'],
    ['${EMPTY:-d}', 'd'],
    ['${EMPTY-d}', ''],
    ['${UNSET-d}', 'd'],
    ['${SET:+alt}', 'alt'],
    ['${EMPTY:+alt}', ''],
    ['${EMPTY+alt}', 'alt'],
    ['${UNSET+alt}', ''],
    ['${UNSET:-${SET}}', 'value'],
    ['$$SET costs $5', '$SET costs $5'],
  ];
  for (const [text, expected] of cases) assert.equal(substitute(text, lookup).value, expected, text);
  assert.deepEqual(substitute('${UNSET} $UNSET', lookup).unset, ['UNSET']);
  assert.equal(substitute('${UNSET:?set it}', lookup).error, 'set it');
  assert.equal(substitute('${EMPTY?}', lookup).error, undefined, 'an empty value is set for ?');
});

test('scanning finds uses with their offsets, nested ones marked, and malformed ${', () => {
  const { uses, problems } = scanInterpolation('a ${A:-${B}} $C $$D ${E', 10);
  assert.deepEqual(uses.map((u) => [u.name, u.nameStart, u.operator ?? '', u.nested]), [['A', 14, ':-', false], ['B', 19, '', true], ['C', 24, '', false]]);
  assert.deepEqual(problems.map((p) => [p.start, p.end]), [[30, 33]]);
});
