import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rangeText } from '../../lint/ruleTesting';
import { assertComposeClean, assertComposeFlags } from '../ruleTesting';
import { rule } from './YamlSyntax';

test('YamlSyntax flags a duplicate key on the repeated key', () => {
  const text = 'services:\n  web:\n    image: a\n    image: b\n';
  const [finding] = assertComposeFlags(rule, text, [4]);
  assert.equal(rangeText(text, finding), 'image');
  assert.equal(finding.message, 'The key `image` is already defined in this mapping');
});

test('YamlSyntax flags tabs used as indentation and unclosed brackets', () => {
  assertComposeFlags(rule, 'services:\n\tweb:\n', [2]);
  const [unclosed] = assertComposeFlags(rule, 'services:\n  web:\n    command: "echo\n', [4]);
  assert.equal(unclosed.message, 'Missing closing "quote');
});

test('YamlSyntax is silent on valid YAML, Compose tags and several documents', () => {
  assertComposeClean(rule, 'services:\n  web:\n    ports: !reset []\n    environment: !override\n      A: 1\n---\nservices:\n  db:\n    image: postgres\n');
});
