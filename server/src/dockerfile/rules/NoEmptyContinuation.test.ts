import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, assertFlags } from '../../lint/ruleTesting';
import { rule } from './NoEmptyContinuation';

test('NoEmptyContinuation flags the first blank line inside a continued instruction, once per instruction', () => {
  const text = 'FROM scratch\nCOPY Dockerfile \\\n\n  \\\n\n.\nCOPY Dockerfile \\\n  \n.';
  const findings = assertFlags(rule, text, [3, 8]);
  assert.equal(findings[0].message, 'Empty continuation line');
  assert.deepEqual(findings[1].range, { start: { line: 7, character: 0 }, end: { line: 7, character: 2 } });
});

test('NoEmptyContinuation is silent on comment lines in a continuation, blank lines between instructions and heredoc bodies', () => {
  assertClean(rule, 'FROM scratch\n\nCOPY Dockerfile \\\n# a note\n.\n\nRUN <<EOF\n\necho hi\n\nEOF');
});

test('a backtick escape continues lines too', () => {
  assertFlags(rule, '# escape=`\nFROM scratch\nCOPY a `\n\n  b', [4]);
});
