import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, assertFixResolves, assertFlags, rangeText } from '../../lint/ruleTesting';
import { rule } from './DL3060';

test('DL3060 flags yarn install without yarn cache clean, on the command words', () => {
  const text = 'FROM node:22\nRUN yarn --cwd app install --frozen-lockfile';
  const [finding] = assertFlags(rule, text, [2]);
  assert.equal(rangeText(text, finding), 'yarn --cwd app install');
});

test('DL3060 fix appends yarn cache clean', () => {
  const text = 'FROM node:22\nRUN yarn install \\\n    --frozen-lockfile';
  assert.equal(assertFixResolves(rule, text, 2), 'FROM node:22\nRUN yarn install \\\n    --frozen-lockfile && yarn cache clean');
});

test('DL3060 flags the last stage, stages built on later and ONBUILD triggers', () => {
  assertFlags(rule, 'FROM node:22 AS foo\nRUN echo hey\nFROM scratch\nRUN yarn install', [4]);
  assertFlags(rule, 'FROM node:22 AS foo\nRUN yarn install\nFROM foo\nRUN echo hey', [2]);
  assertFlags(rule, 'FROM node:22 AS foo\nONBUILD RUN yarn install\nFROM scratch', [2]);
});

test('DL3060 is silent with a clean, a cache mount, or in a stage nothing builds on', () => {
  assertClean(
    rule,
    [
      'FROM node:22 AS foo',
      'RUN yarn install foo',
      'FROM node:22',
      'RUN yarn install bar && yarn cache clean',
      'RUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install',
      'RUN yarn add lodash@4.17.21 && yarn run build',
    ].join('\n'),
  );
});
