import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintDockerfile } from '../../lint/runner';
import { assertFlags, rangeText } from '../../lint/ruleTesting';
import { rule } from './DL3057';

/** The 1-based lines flagged with the rule turned on, as a user turns it on. */
const flagged = (text: string) =>
  lintDockerfile({ text, rules: [rule], settings: { severityOverrides: { DL3057: 'info' } } }).findings.map((f) => f.range.start.line + 1);

test('DL3057 is off until a severity turns it on', () => {
  assertFlags(rule, 'FROM scratch', []);
});

test('DL3057 flags a stage without a HEALTHCHECK, on its FROM', () => {
  const text = 'FROM scratch';
  const [finding] = lintDockerfile({ text, rules: [rule], settings: { severityOverrides: { DL3057: 'info' } } }).findings;
  assert.equal(rangeText(text, finding), 'FROM');
  assert.deepEqual(flagged('FROM scratch AS base\nHEALTHCHECK CMD /bin/bla\nFROM scratch'), [3]);
});

test('DL3057 counts HEALTHCHECK NONE and a HEALTHCHECK inherited from the stage built on', () => {
  assert.deepEqual(flagged('FROM scratch\nHEALTHCHECK NONE'), []);
  assert.deepEqual(flagged('FROM scratch AS base\nHEALTHCHECK CMD /bin/bla\nFROM base'), []);
});

test('DL3057 covers the stages a checked stage is built on, but not a branch beside it', () => {
  assert.deepEqual(flagged('FROM scratch AS base1\nFROM base1 AS base2\nFROM base2 AS base3\nFROM base3 AS end\nHEALTHCHECK NONE'), []);
  const branches = [
    'FROM scratch AS base1',
    'FROM base1 AS base2',
    'FROM base2 AS base3.1',
    'FROM base2 AS base3.2',
    '',
    'FROM base3.1 AS end1',
    'HEALTHCHECK NONE',
    '',
    'FROM base3.2 AS end2',
  ].join('\n');
  assert.deepEqual(flagged(branches), [4, 9]);
});

test('DL3057 does not count a HEALTHCHECK that only ONBUILD would add', () => {
  assert.deepEqual(flagged('FROM scratch\nONBUILD HEALTHCHECK CMD /bin/bla'), [1]);
});
