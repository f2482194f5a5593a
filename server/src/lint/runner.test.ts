import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hadolintUrl, type Rule } from './rule';
import { lintDockerfile } from './runner';

/** A rule that flags every FROM, off until a severity names it (as hadolint's `ignore` rules are). */
const offRule: Rule = {
  id: 'DL9999',
  source: 'hadolint',
  severity: 'info',
  summary: 'flags every FROM, for the runner tests',
  url: hadolintUrl('DL9999'),
  docs: { why: 'test', bad: 'FROM a', good: '' },
  offByDefault: true,
  check: (file) => file.stages.map((stage) => ({ range: stage.from.getInstructionRange() })),
};

const lint = (text: string, severityOverrides = {}) => lintDockerfile({ text, rules: [offRule], settings: { severityOverrides } }).findings;

test('an off-by-default rule reports nothing without a severity override', () => {
  assert.deepEqual(lint('FROM alpine:3.20'), []);
  // BuildKit's experimental opt-in does not reach hadolint's ignore-level rules.
  assert.deepEqual(lint('# check=experimental=all\nFROM alpine:3.20'), []);
});

test('a severity override turns an off-by-default rule on, at the overridden level', () => {
  assert.deepEqual(lint('FROM alpine:3.20', { DL9999: 'warning' }).map((f) => [f.code, f.severity]), [['DL9999', 'warning']]);
  assert.deepEqual(lint('FROM alpine:3.20', { DL9999: 'off' }), []);
});
