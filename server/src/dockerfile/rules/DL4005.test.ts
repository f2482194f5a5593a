import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, assertFlags, rangeText } from '../../lint/ruleTesting';
import { rule } from './DL4005';

test('DL4005 flags ln onto /bin/sh, from ln to the link', () => {
  const text = 'FROM debian:12\nRUN apt-get update && ln -sfv /bin/bash /bin/sh';
  const [finding] = assertFlags(rule, text, [2]);
  assert.equal(rangeText(text, finding), 'ln -sfv /bin/bash /bin/sh');
});

test('DL4005 flags it in an ONBUILD trigger too', () => {
  assertFlags(rule, 'FROM debian:12\nONBUILD RUN ln -sf /bin/bash /bin/sh', [2]);
});

test('DL4005 is silent on other links and on /bin/sh named by other commands', () => {
  assertClean(rule, 'FROM debian:12\nRUN ln -sf /bin/true /sbin/initctl && ln -s foo bar && something_with /bin/sh');
});
