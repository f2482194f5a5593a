import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, rangeText } from '../../lint/ruleTesting';
import { assertComposeClean, assertComposeFlags } from '../ruleTesting';
import { rule } from './InvalidValue';

test('InvalidValue flags a word outside the allowed set and fixes the closest', () => {
  const text = 'services:\n  web:\n    image: nginx\n    depends_on:\n      db:\n        condition: service_healty\n  db:\n    image: postgres\n';
  const [finding] = assertComposeFlags(rule, text, [6]);
  assert.equal(rangeText(text, finding), 'service_healty');
  assert.match(finding.message, /did you mean `service_healthy`\?$/);
  assert.equal(applyFix(text, finding), text.replace('service_healty', 'service_healthy'));
});

test('InvalidValue flags restart policies, numbers out of range and bad service names', () => {
  const text = 'services:\n  web:\n    image: nginx\n    restart: sometimes\n    oom_score_adj: 5000\n  "my web":\n    image: nginx\n';
  const found = assertComposeFlags(rule, text, [4, 5, 6]);
  assert.match(found[0].message, /expected `no`, `always`/);
  assert.equal(found[1].message, '`services.web.oom_score_adj` is 5000, above the maximum of 1000');
  assert.match(found[2].message, /`my web` is not a valid name under `services`/);
});

test('InvalidValue is silent on allowed values and interpolated ones', () => {
  assertComposeClean(rule, 'services:\n  web:\n    image: nginx\n    restart: on-failure:3\n    pull_policy: every_12h\n    cgroup: ${CGROUP}\n    gpus: all\n');
});
