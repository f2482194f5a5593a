import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, assertFlags, rangeText } from '../../lint/ruleTesting';
import { rule } from './DL3048';

test('DL3048 flags each invalid key, quotes and all', () => {
  const text = 'FROM alpine\nLABEL "Maintainer"="me" ok=1\nLABEL io.docker.x=1 invalid..key=2';
  const findings = assertFlags(rule, text, [2, 3, 3]);
  assert.deepEqual(findings.map((f) => rangeText(text, f)), ['"Maintainer"', 'io.docker.x', 'invalid..key']);
  assert.match(findings[0].message, /`Maintainer`/);
});

test('DL3048 is silent on conventional keys, keys from variables and ONBUILD labels', () => {
  assertClean(rule, 'FROM alpine\nLABEL org.opencontainers.image.source=https://example.com validlabel=1\nLABEL ${KEY}=1\nONBUILD LABEL Bad_Key=1');
});
