import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, assertFlags, rangeText } from '../../lint/ruleTesting';
import { rule } from './DL3035';

test('DL3035 flags zypper dist-upgrade and dup, on the command words', () => {
  const text = 'FROM opensuse/leap:15.6\nRUN zypper -n dist-upgrade && zypper --non-interactive dup --no-recommends';
  const findings = assertFlags(rule, text, [2, 2]);
  assert.deepEqual(findings.map((f) => rangeText(text, f)), ['zypper -n dist-upgrade', 'zypper --non-interactive dup']);
});

test('DL3035 is silent on other zypper commands and on dist-upgrade as a package name', () => {
  assertClean(rule, 'FROM opensuse/leap:15.6\nRUN zypper -n update && zypper -n install dup=1.0 && zypper clean');
});
