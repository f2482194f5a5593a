import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, assertFlags, rangeText } from '../../lint/ruleTesting';
import { rule } from './MalformedExecForm';

test('MalformedExecForm flags single quotes, missing commas, trailing comments and unclosed arrays', () => {
  const text = "FROM node\nCMD ['node', 'app.js']\nENTRYPOINT [\"a\" \"b\"]\nRUN [\"make\"] # build\nCOPY [\"a\", \"/b\"";
  const findings = assertFlags(rule, text, [2, 3, 4, 5]);
  assert.equal(rangeText(text, findings[0]), "['node', 'app.js']");
  assert.match(findings[0].message, /double quotes/);
  assert.match(findings[3].message, /splits it on spaces/);
});

test('MalformedExecForm is silent on valid exec form, plain shell form and SHELL', () => {
  assertClean(rule, 'FROM node\nCMD ["node", "app.js"]\nRUN [ "a" ]\nRUN echo "[not json"\nSHELL [\'/bin/sh\']\nHEALTHCHECK CMD ["true"]\nVOLUME ["/data"]');
});
