import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rangeText } from '../../lint/ruleTesting';
import { assertComposeClean, assertComposeFlags } from '../ruleTesting';
import { rule } from './InvalidDuration';

test('InvalidDuration flags durations without a unit or with spaces, on the value', () => {
  const text = 'services:\n  web:\n    image: nginx\n    stop_grace_period: "10"\n    healthcheck:\n      interval: 1 m\n    deploy:\n      restart_policy:\n        delay: 5 seconds\n';
  const found = assertComposeFlags(rule, text, [4, 6, 9]);
  assert.equal(rangeText(text, found[0]), '"10"');
  assert.equal(found[1].message, '`services.web.healthcheck.interval` is `1 m`: a duration is a number with a unit, such as `30s`, `1m30s` or `500ms`');
});

test('InvalidDuration is silent on Go durations and interpolated values', () => {
  assertComposeClean(rule, 'services:\n  web:\n    image: nginx\n    stop_grace_period: 1m30s\n    healthcheck:\n      interval: ${INTERVAL:-30s}\n      timeout: 500ms\n      start_period: 0s\n');
});
