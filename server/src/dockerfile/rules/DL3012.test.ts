import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, assertFlags, rangeText } from '../../lint/ruleTesting';
import { rule } from './DL3012';

test('DL3012 flags every HEALTHCHECK after the first in a stage', () => {
  const text = 'FROM scratch\nHEALTHCHECK CMD /bin/a\nHEALTHCHECK NONE\nhealthcheck CMD /bin/c';
  const findings = assertFlags(rule, text, [3, 4]);
  assert.equal(rangeText(text, findings[1]), 'healthcheck');
});

test('DL3012 is silent on one HEALTHCHECK per stage, and on the CMD inside a HEALTHCHECK', () => {
  assertClean(rule, 'FROM scratch\nHEALTHCHECK CMD /bin/a\nFROM scratch\nHEALTHCHECK CMD /bin/b');
  assertClean(rule, 'FROM scratch\nHEALTHCHECK CMD /bin/a\nONBUILD HEALTHCHECK CMD /bin/b');
});
