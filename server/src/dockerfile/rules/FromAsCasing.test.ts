import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, assertFixResolves, assertFlags, rangeText } from '../../lint/ruleTesting';
import { rule } from './FromAsCasing';

test('FromAsCasing flags an AS whose case differs from FROM, either way round', () => {
  const text = 'FROM scratch as base2\nfrom scratch AS base3\nFROM scratch As base4';
  const findings = assertFlags(rule, text, [1, 2, 3]);
  assert.equal(rangeText(text, findings[0]), 'as');
  assert.equal(findings[0].message, "'as' and 'FROM' keywords' casing do not match");
  assert.equal(findings[1].message, "'AS' and 'from' keywords' casing do not match");
});

test('FromAsCasing is silent when the cases agree, when FROM itself is mixed case, and without AS', () => {
  assertClean(rule, 'FROM scratch AS a\nfrom scratch as b\nFrom scratch as c\nFROM scratch');
});

test('the fix writes AS in the case of FROM', () => {
  assert.equal(assertFixResolves(rule, 'FROM node:22 as build\nRUN npm ci', 1), 'FROM node:22 AS build\nRUN npm ci');
  assert.equal(assertFixResolves(rule, 'from node:22 AS build\nrun npm ci', 1), 'from node:22 as build\nrun npm ci');
});
