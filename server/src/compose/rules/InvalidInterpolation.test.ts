import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rangeText } from '../../lint/ruleTesting';
import { assertComposeClean, assertComposeFlags } from '../ruleTesting';
import { rule } from './InvalidInterpolation';

test('InvalidInterpolation flags unclosed and malformed ${', () => {
  const text = 'services:\n  web:\n    image: "nginx:${TAG"\n    command: echo ${A.B} ${}\n';
  const found = assertComposeFlags(rule, text, [3, 4, 4]);
  assert.equal(rangeText(text, found[0]), '${TAG"');
  assert.equal(rangeText(text, found[1]), '${A.B}');
  assert.match(found[1].message, /is not a valid interpolation/);
});

test('InvalidInterpolation is silent on every valid form, $$ and a lone $', () => {
  assertComposeClean(rule, 'services:\n  web:\n    image: nginx:${TAG:-${DEFAULT_TAG-1}}\n    command: sh -c "echo $$HOME costs $5 ${A:?msg} ${B?} ${C:+x} ${D+y} $E"\n');
});
