import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, assertFixResolves, assertFlags, lintWith, rangeText } from '../../lint/ruleTesting';
import { rule } from './LegacyKeyValueFormat';

test('LegacyKeyValueFormat flags ENV and LABEL pairs separated by whitespace', () => {
  const text = 'FROM scratch\nENV testkey value\nLABEL key value';
  const findings = assertFlags(rule, text, [2, 3]);
  assert.equal(rangeText(text, findings[0]), 'testkey value');
  assert.equal(findings[0].message, '"ENV key=value" should be used instead of legacy "ENV key value" format');
  assert.equal(findings[1].message, '"LABEL key=value" should be used instead of legacy "LABEL key value" format');
});

test('LegacyKeyValueFormat is silent on key=value pairs, empty values and ARG', () => {
  assertClean(rule, 'FROM scratch\nENV testkey=value other="a b"\nLABEL key=value\nENV EMPTY=\nARG NAME');
});

test('the fix inserts = and quotes a value with spaces', () => {
  assert.equal(assertFixResolves(rule, 'FROM scratch\nENV APP_HOME /srv/app', 2), 'FROM scratch\nENV APP_HOME=/srv/app');
  assert.equal(assertFixResolves(rule, 'FROM scratch\nENV GREETING hello  big world', 2), 'FROM scratch\nENV GREETING="hello  big world"');
  assert.equal(assertFixResolves(rule, 'FROM scratch\nLABEL description "a b"', 2), 'FROM scratch\nLABEL description="a b"');
});

test('no fix where quoting would change the value', () => {
  const [quoted, continued] = lintWith(rule, 'FROM scratch\nENV A say "hi" now\nENV B b \\\n  c');
  assert.equal(quoted.fix, undefined);
  assert.equal(continued.fix, undefined);
});
