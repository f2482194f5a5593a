import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rangeText } from '../../lint/ruleTesting';
import { assertComposeClean, assertComposeFlags } from '../ruleTesting';
import { rule } from './UndefinedConfig';

test('UndefinedConfig flags configs no top-level entry declares, on the name', () => {
  const text = 'services:\n  web:\n    image: nginx\n    configs:\n      - source: nginx_conf\n        target: /etc/nginx/nginx.conf\n';
  const [finding] = assertComposeFlags(rule, text, [5]);
  assert.equal(rangeText(text, finding), 'nginx_conf');
});

test('UndefinedConfig is silent on declared configs', () => {
  assertComposeClean(rule, 'services:\n  web:\n    image: nginx\n    configs: [nginx_conf]\nconfigs:\n  nginx_conf:\n    content: x\n');
});
