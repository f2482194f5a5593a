import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rangeText } from '../../lint/ruleTesting';
import { assertComposeClean, assertComposeFlags } from '../ruleTesting';
import { rule } from './YamlWarning';

test('YamlWarning flags a tag Compose does not know, on the tag', () => {
  const text = 'services:\n  web:\n    image: !image nginx:1.27\n';
  const [finding] = assertComposeFlags(rule, text, [3]);
  assert.match(finding.message, /!image/);
  assert.match(rangeText(text, finding), /^!image/);
});

test('YamlWarning is silent on the !reset and !override tags', () => {
  assertComposeClean(rule, 'services:\n  web:\n    image: !reset null\n    ports: !override ["80:80"]\n');
});
