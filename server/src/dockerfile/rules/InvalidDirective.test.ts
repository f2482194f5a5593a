import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, assertFlags, rangeText } from '../../lint/ruleTesting';
import { rule } from './InvalidDirective';

test('InvalidDirective flags a bad escape, a repeated directive and malformed checks', () => {
  const text = '# escape=^\n# ESCAPE=`\n# check=skip=A;error=yes\nFROM alpine';
  const findings = assertFlags(rule, text, [1, 2, 3]);
  assert.equal(rangeText(text, findings[0]), '^');
  assert.match(findings[1].message, /Only one `escape`/);
  assert.equal(rangeText(text, findings[2]), 'skip=A;error=yes');
});

test('InvalidDirective flags check settings without = or with unknown keys', () => {
  assertFlags(rule, '# check=skip\nFROM alpine', [1]);
  assertFlags(rule, '# check=ignore=all\nFROM alpine', [1]);
  assertFlags(rule, '#!/usr/bin/env buildctl\n# check=errors=true\nFROM alpine', [2]);
});

test('InvalidDirective is silent on valid directives and on lines the builder does not read as directives', () => {
  assertClean(rule, '# syntax=docker/dockerfile:1\n# escape=`\n# check=skip=all;error=True;experimental=CopyIgnoredFile\nFROM alpine');
  assertClean(rule, '\uFEFF# escape=\\\nFROM alpine');
  // After a plain comment, an unknown name or a blank line the block is over: these are comments (MisplacedDirective warns).
  assertClean(rule, '# hello\n# escape=^\nFROM alpine');
  assertClean(rule, '# foo=bar\n# escape=^\n# escape=`\nFROM alpine');
  assertClean(rule, '# escape=\nFROM alpine');
});
