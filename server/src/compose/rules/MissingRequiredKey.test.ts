import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rangeText } from '../../lint/ruleTesting';
import { assertComposeClean, assertComposeFlags } from '../ruleTesting';
import { rule } from './MissingRequiredKey';

test('MissingRequiredKey flags a long-syntax mount without type on its first line', () => {
  const text = 'services:\n  web:\n    image: nginx\n    volumes:\n      - source: ./html\n        target: /html\n';
  const [finding] = assertComposeFlags(rule, text, [5]);
  assert.equal(rangeText(text, finding), 'source: ./html');
  assert.equal(finding.message, '`services.web.volumes[0]` needs `type`');
});

test('MissingRequiredKey flags each missing key of a watch rule and a model', () => {
  const text = 'services:\n  web:\n    image: nginx\n    develop:\n      watch:\n        - target: /app\nmodels:\n  llm:\n    context_size: 4096\n';
  const found = assertComposeFlags(rule, text, [6, 8]);
  assert.equal(found[0].message, '`services.web.develop.watch[0]` needs `path` and `action`');
  assert.equal(rangeText(text, found[1]), 'llm');
});

test('MissingRequiredKey is silent when required keys are there, merged in or not', () => {
  assertComposeClean(rule, 'x-mount: &mount {type: bind}\nservices:\n  web:\n    image: nginx\n    volumes:\n      - <<: *mount\n        source: .\n        target: /app\n');
});
