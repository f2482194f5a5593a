import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rangeText } from '../../lint/ruleTesting';
import { assertComposeClean, assertComposeFlags } from '../ruleTesting';
import { rule } from './UndefinedModel';

test('UndefinedModel flags models in list and mapping form, on the name', () => {
  const text = 'services:\n  chat:\n    image: chat\n    models: [llm]\n  bot:\n    image: bot\n    models:\n      embedder:\n        endpoint_var: URL\nmodels:\n  other:\n    model: ai/x\n';
  const found = assertComposeFlags(rule, text, [4, 8]);
  assert.equal(rangeText(text, found[1]), 'embedder');
});

test('UndefinedModel is silent on declared models', () => {
  assertComposeClean(rule, 'services:\n  chat:\n    image: chat\n    models: [llm]\nmodels:\n  llm:\n    model: ai/smollm2\n');
});
