import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, assertFlags, rangeText } from '../../lint/ruleTesting';
import { rule } from './InvalidOnbuildTrigger';

test('InvalidOnbuildTrigger flags ONBUILD ONBUILD, FROM and MAINTAINER triggers', () => {
  const text = 'FROM alpine\nONBUILD ONBUILD RUN x\nonbuild from alpine\nONBUILD MAINTAINER me';
  const findings = assertFlags(rule, text, [2, 3, 4]);
  assert.deepEqual(findings.map((f) => rangeText(text, f)), ['ONBUILD', 'from', 'MAINTAINER']);
  assert.match(findings[0].message, /chained/);
});

test('InvalidOnbuildTrigger is silent on ordinary triggers and on top-level FROM', () => {
  assertClean(rule, 'FROM alpine\nONBUILD RUN make\nONBUILD COPY . /src\nFROM debian');
});
