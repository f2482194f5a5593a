import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, assertFlags, rangeText } from '../../lint/ruleTesting';
import { rule } from './MisplacedDirective';

test('MisplacedDirective flags directives after a comment, a blank line, an unknown directive or an instruction', () => {
  const text = '# API image\n# syntax=docker/dockerfile:1\n\n# escape=`\nFROM alpine\n# check=skip=all';
  const findings = assertFlags(rule, text, [2, 4, 6]);
  assert.equal(rangeText(text, findings[0]), '# syntax=docker/dockerfile:1');
  assertFlags(rule, '# foo=bar\n# escape=`\nFROM alpine', [2]);
  assertFlags(rule, '#!/usr/bin/env docker\n# escape=`\nFROM alpine', [2]);
});

test('MisplacedDirective is silent on the directive block, ordinary comments and heredoc bodies', () => {
  assertClean(rule, '# syntax=docker/dockerfile:1\n# escape=\\\n# check=error=true\n# API image\nFROM alpine\n# build it\nRUN <<EOF\n# check=this is a shell comment\nEOF');
  assertClean(rule, '#!/usr/bin/env docker\n# syntax=docker/dockerfile:1\nFROM alpine');
  assertClean(rule, 'FROM alpine\n# syntax is explained in the README');
});
