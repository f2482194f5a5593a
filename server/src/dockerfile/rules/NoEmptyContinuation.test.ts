import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, assertFixResolves, assertFlags } from '../../lint/ruleTesting';
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

test('NoEmptyContinuation fix removes every blank line of the instruction, heredoc bodies left alone', () => {
  const text = 'FROM alpine:3.20\nRUN apk add --no-cache \\\n\n  \n    curl=8.9.1-r1 \\\n\n    jq=1.7.1-r0\nCOPY <<EOF /etc/motd\n\nhi\nEOF';
  assert.equal(
    assertFixResolves(rule, text, 3),
    'FROM alpine:3.20\nRUN apk add --no-cache \\\n    curl=8.9.1-r1 \\\n    jq=1.7.1-r0\nCOPY <<EOF /etc/motd\n\nhi\nEOF',
  );
});

test('NoEmptyContinuation fix keeps CRLF line endings', () => {
  assert.equal(assertFixResolves(rule, 'FROM alpine:3.20\r\nRUN echo \\\r\n\r\n  hi', 3), 'FROM alpine:3.20\r\nRUN echo \\\r\n  hi');
});
