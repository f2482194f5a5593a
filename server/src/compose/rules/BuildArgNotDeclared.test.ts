import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, rangeText } from '../../lint/ruleTesting';
import { assertComposeClean, assertComposeFlags } from '../ruleTesting';
import { rule } from './BuildArgNotDeclared';

const DOCKERFILE = 'ARG BASE=alpine\nFROM ${BASE}\nARG APP_VERSION A B=1\n';

test('BuildArgNotDeclared flags args no ARG declares, in mapping and list form, on the name', () => {
  const text = 'services:\n  web:\n    build:\n      context: .\n      args:\n        APP_VERSON: "1"\n        BASE: debian\n  api:\n    build:\n      context: .\n      args:\n        - UNUSED=1\n        - B=2\n';
  const found = assertComposeFlags(rule, text, [6, 12], { files: { Dockerfile: DOCKERFILE } });
  assert.equal(rangeText(text, found[0]), 'APP_VERSON');
  assert.match(found[0].message, /did you mean `APP_VERSION`\?$/);
  assert.equal(applyFix(text, found[0]), text.replace('APP_VERSON', 'APP_VERSION'));
  assert.equal(rangeText(text, found[1]), 'UNUSED');
  assert.equal(found[1].fix, undefined);
});

test('BuildArgNotDeclared is silent on declared, proxy and BuildKit arguments, and without the Dockerfile', () => {
  const text = 'services:\n  web:\n    build:\n      context: .\n      args:\n        A: x\n        HTTP_PROXY: http://proxy\n        BUILDKIT_INLINE_CACHE: "1"\n        ${DYNAMIC}: x\n';
  assertComposeClean(rule, text, { files: { Dockerfile: DOCKERFILE } });
  assertComposeClean(rule, 'services:\n  web:\n    build:\n      context: .\n      args: {ANY: 1}\n');
});
