import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, assertFixResolves, assertFlags, rangeText } from '../../lint/ruleTesting';
import { rule } from './DL3042';

test('DL3042 flags pip install without --no-cache-dir, on the command words', () => {
  const text = 'FROM python:3.12\nRUN python3 -m pip install six==1.16.0 && pip3 install --no-cache-dir flask==3.0.3';
  const [finding] = assertFlags(rule, text, [2]);
  assert.equal(rangeText(text, finding), 'python3 -m pip install');
});

test('DL3042 fix adds --no-cache-dir after install, across a continuation line', () => {
  const text = 'FROM python:3.12\nRUN pip \\\n    install six==1.16.0';
  assert.equal(assertFixResolves(rule, text, 2), 'FROM python:3.12\nRUN pip \\\n    install --no-cache-dir six==1.16.0');
});

test('DL3042 respects PIP_NO_CACHE_DIR set truthy in ENV, in the RUN, or in a stage built on', () => {
  assertClean(
    rule,
    [
      'FROM python:3.12 AS base',
      'ENV PIP_NO_CACHE_DIR=1',
      'RUN pip install six==1.16.0',
      'FROM base',
      'RUN pip install six==1.16.0',
      'RUN PIP_NO_CACHE_DIR=on pip install six==1.16.0',
      'RUN export PIP_NO_CACHE_DIR=yes && pip install six==1.16.0',
    ].join('\n'),
  );
  assertFlags(rule, 'FROM python:3.12\nENV PIP_NO_CACHE_DIR=false\nRUN pip install six==1.16.0\nRUN PIP_NO_CACHE_DIR=0 pip install six==1.16.0', [3, 4]);
  assertFlags(rule, 'FROM python:3.12 AS base\nENV PIP_NO_CACHE_DIR=1\nFROM python:3.12\nRUN pip install six==1.16.0', [4]);
  assertFlags(rule, 'FROM python:3.12\nRUN pip install six==1.16.0\nENV PIP_NO_CACHE_DIR=1', [2]);
});

test('DL3042 accepts a cache mount on pip\'s cache directory, and ignores pipx and pipenv', () => {
  assertClean(rule, 'FROM python:3.12\nRUN --mount=type=cache,target=/root/.cache/pip pip install six==1.16.0\nRUN pipx install black && pipenv install');
  assertFlags(rule, 'FROM python:3.12\nRUN --mount=type=cache,target=/tmp/cache pip install six==1.16.0', [2]);
});
