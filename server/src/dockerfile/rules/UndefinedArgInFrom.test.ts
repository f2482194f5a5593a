import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, assertFixResolves, assertFlags, rangeText } from '../../lint/ruleTesting';
import { rule } from './UndefinedArgInFrom';

test('UndefinedArgInFrom flags an undeclared variable in the image or the platform, with a suggestion', () => {
  const text = 'ARG MY_OS=linux\nARG MY_ARCH=amd64\nFROM --platform=${MY_OS}/${MYARCH} busybox\nFROM --platform=$BULIDPLATFORM scratch';
  const findings = assertFlags(rule, text, [3, 4]);
  assert.equal(rangeText(text, findings[0]), '${MYARCH}');
  assert.equal(findings[0].message, "FROM argument 'MYARCH' is not declared (did you mean MY_ARCH?)");
  assert.equal(findings[1].message, "FROM argument 'BULIDPLATFORM' is not declared (did you mean BUILDPLATFORM?)");
});

test('UndefinedArgInFrom flags a variable with no close match without a suggestion', () => {
  const [finding] = assertFlags(rule, 'ARG tag=latest\nFROM busybox:${tag}${version} AS b', [2]);
  assert.equal(finding.message, "FROM argument 'version' is not declared");
});

test('UndefinedArgInFrom is silent on declared ARGs (with or without a default) and predefined platform ARGs', () => {
  assertClean(rule, 'ARG base=scratch\nARG DEBUG\nFROM $base\nFROM scratch${DEBUG}\nFROM scra${DEBUG:-tch}\nFROM --platform=$BUILDPLATFORM scratch');
});

test('an ARG declared inside a stage does not count for a later FROM', () => {
  assertFlags(rule, 'FROM scratch\nARG IMAGE=alpine\nFROM $IMAGE', [3]);
});

test('the fix uses the suggested name', () => {
  assert.equal(assertFixResolves(rule, 'FROM --platform=$BULIDPLATFORM scratch', 1), 'FROM --platform=$BUILDPLATFORM scratch');
});
