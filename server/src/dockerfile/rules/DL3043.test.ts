import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, assertFlags, rangeText } from '../../lint/ruleTesting';
import { rule } from './DL3043';

test('DL3043 flags ONBUILD triggering ONBUILD, FROM or MAINTAINER', () => {
  const text = 'FROM node:22\nONBUILD onbuild RUN x\nONBUILD FROM debian:12\nONBUILD MAINTAINER me';
  const findings = assertFlags(rule, text, [2, 3, 4]);
  assert.equal(rangeText(text, findings[0]), 'onbuild');
});

test('DL3043 is silent on ordinary triggers', () => {
  assertClean(rule, 'FROM node:22\nONBUILD RUN npm ci\nONBUILD COPY . /app');
});
