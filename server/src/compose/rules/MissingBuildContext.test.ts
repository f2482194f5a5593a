import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rangeText } from '../../lint/ruleTesting';
import { assertComposeClean, assertComposeFlags } from '../ruleTesting';
import { rule } from './MissingBuildContext';

test('MissingBuildContext flags a missing folder and a file given as the context, on the path', () => {
  const text = 'services:\n  a:\n    build: ./services/a\n  b:\n    build:\n      context: notes.txt\n';
  const found = assertComposeFlags(rule, text, [3, 6], { files: { 'notes.txt': 'hi' } });
  assert.equal(rangeText(text, found[0]), './services/a');
  assert.equal(found[0].message, 'Build context `./services/a` does not exist');
  assert.equal(found[1].message, 'Build context `notes.txt` is a file, not a folder');
});

test('MissingBuildContext is silent on existing folders, URLs, variables from .env and files not on disk', () => {
  const text = 'services:\n  a:\n    build: ./a\n  b:\n    build: https://github.com/docker/app.git#main\n  c:\n    build: ${SRC}/c\n  d:\n    build: ${UNSET}/d\n';
  assertComposeClean(rule, text, { files: { 'a/': '', 'src/c/': '', '.env': 'SRC=./src\n' } });
  assertComposeClean(rule, 'services:\n  a:\n    build: ./nowhere\n');
});
