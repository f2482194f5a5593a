import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rangeText } from '../../lint/ruleTesting';
import { assertComposeClean, assertComposeFlags } from '../ruleTesting';
import { rule } from './InvalidByteSize';

test('InvalidByteSize flags sizes Compose cannot read, on the value', () => {
  const text = 'services:\n  web:\n    image: nginx\n    mem_limit: 512 megabytes\n    deploy:\n      resources:\n        limits:\n          memory: lots\n';
  const found = assertComposeFlags(rule, text, [4, 8]);
  assert.equal(rangeText(text, found[0]), '512 megabytes');
  assert.equal(found[1].message, '`services.web.deploy.resources.limits.memory` is `lots`: a size is a number with an optional unit, such as `512m`, `2g` or `1.5GB`');
});

test('InvalidByteSize is silent on sizes with units, plain numbers and -1', () => {
  assertComposeClean(rule, 'services:\n  web:\n    image: nginx\n    mem_limit: 1.5GB\n    memswap_limit: -1\n    shm_size: 67108864\n    mem_reservation: 64MiB\n');
});
