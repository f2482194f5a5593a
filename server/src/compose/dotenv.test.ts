import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDotenv } from './dotenv';

test('.env lines: export, comments, quotes, escapes, multi-line values and substitution', () => {
  const text = ['# comment', 'export A=1', 'B = two words # trailing', "C='literal ${A}'", 'D="line\\nnext ${A}"', 'E="multi', 'line"', 'F: yaml-ish', 'G', ''].join('\n');
  const entries = parseDotenv(text, (name) => (name === 'G' ? 'from-env' : undefined));
  assert.deepEqual(entries.map((e) => [e.name, e.value, e.line]), [
    ['A', '1', 1],
    ['B', 'two words', 2],
    ['C', 'literal ${A}', 3],
    ['D', 'line\nnext 1', 4],
    ['E', 'multi\nline', 5],
    ['F', 'yaml-ish', 7],
    ['G', 'from-env', 8],
  ]);
});
