import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, assertFlags, rangeText } from '../../lint/ruleTesting';
import { rule } from './EscapeAtEndOfFile';

test('EscapeAtEndOfFile flags a lone escape with only blank or comment lines after it', () => {
  const text = 'FROM alpine\nRUN true\n\\\n\n# done\n';
  const [finding] = assertFlags(rule, text, [3]);
  assert.equal(rangeText(text, finding), '\\');
  assertFlags(rule, '# escape=`\nFROM alpine\n`', [3]);
});

test('EscapeAtEndOfFile is silent when the escape continues into an instruction, or ends an instruction line', () => {
  assertClean(rule, 'FROM alpine\n\\\nRUN true');
  assertClean(rule, 'FROM alpine\nRUN apk add \\');
  assertClean(rule, '# escape=`\nFROM alpine\n\\');
});
