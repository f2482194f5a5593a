import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, assertFlags, rangeText } from '../../lint/ruleTesting';
import { rule } from './UnknownInstruction';

test('UnknownInstruction flags a misspelt instruction and suggests the right one', () => {
  const text = 'FROM alpine\nCOPPY app /app';
  const [finding] = assertFlags(rule, text, [2]);
  assert.equal(rangeText(text, finding), 'COPPY');
  assert.match(finding.message, /did you mean `COPY`\?/);
});

test('UnknownInstruction flags a shell command without RUN, and an unknown ONBUILD trigger', () => {
  const text = 'FROM alpine\napk add curl\nONBUILD COMPILE /src';
  const findings = assertFlags(rule, text, [2, 3]);
  assert.equal(rangeText(text, findings[1]), 'COMPILE');
  assert.match(findings[1].message, /ONBUILD trigger/);
  assert.doesNotMatch(findings[0].message, /did you mean/);
});

test('UnknownInstruction is silent on every instruction in any case, continuations and heredoc bodies', () => {
  assertClean(rule, 'from alpine\nRun echo a \\\n  b\nCOPY <<EOF /x\nnot an instruction\nEOF\nhealthcheck NONE\nmaintainer me\n\\\nRUN true');
});
