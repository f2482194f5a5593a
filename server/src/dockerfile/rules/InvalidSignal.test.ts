import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, assertFlags, rangeText } from '../../lint/ruleTesting';
import { rule } from './InvalidSignal';

test('InvalidSignal flags unknown names, zero and more than one word', () => {
  const text = 'FROM alpine\nSTOPSIGNAL SIGQUITE\nSTOPSIGNAL 0\nSTOPSIGNAL SIGTERM SIGKILL';
  const findings = assertFlags(rule, text, [2, 3, 4]);
  assert.equal(rangeText(text, findings[0]), 'SIGQUITE');
  assert.equal(rangeText(text, findings[2]), 'SIGTERM SIGKILL');
});

test('InvalidSignal is silent on names in any case, numbers, real-time signals and variables', () => {
  assertClean(rule, 'FROM alpine\nSTOPSIGNAL SIGTERM\nstopsignal quit\nSTOPSIGNAL 9\nSTOPSIGNAL SIGRTMIN+3\nSTOPSIGNAL $STOP_SIGNAL\nSTOPSIGNAL');
});
