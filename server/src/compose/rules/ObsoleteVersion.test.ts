import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, rangeText } from '../../lint/ruleTesting';
import { assertComposeClean, assertComposeFlags } from '../ruleTesting';
import { rule } from './ObsoleteVersion';

test('ObsoleteVersion flags the top-level version on its key, and the fix removes the whole line', () => {
  const text = '# app\nversion: "3.8" # legacy\nservices:\n  web:\n    image: nginx\n';
  const [finding] = assertComposeFlags(rule, text, [2]);
  assert.equal(rangeText(text, finding), 'version');
  assert.equal(applyFix(text, finding), '# app\nservices:\n  web:\n    image: nginx\n');
});

test('ObsoleteVersion is silent without a top-level version, and on a version elsewhere', () => {
  assertComposeClean(rule, 'services:\n  web:\n    image: nginx\n    labels:\n      version: "2"\n');
});
