import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, assertFixResolves, assertFlags, rangeText } from '../../lint/ruleTesting';
import { rule } from './DL3000';

test('DL3000 flags a relative WORKDIR, quoted or not, on its path', () => {
  const text = 'FROM alpine:3.20\nWORKDIR relative/dir\nWORKDIR "other"';
  const findings = assertFlags(rule, text, [2, 3]);
  assert.equal(rangeText(text, findings[0]), 'relative/dir');
  assert.equal(rangeText(text, findings[1]), '"other"');
});

test('DL3000 flags every relative WORKDIR, also after an absolute one', () => {
  assertFlags(rule, 'FROM alpine:3.20\nWORKDIR /app\nWORKDIR src', [3]);
});

test('DL3000 is silent on absolute, Windows and variable paths', () => {
  assertClean(rule, "FROM alpine:3.20\nWORKDIR /usr/local\nWORKDIR '/opt'\nWORKDIR ${work}\nWORKDIR \"${dir}\"\nWORKDIR C:\\\\app\nWORKDIR C:/");
});

test('DL3000 fix puts a relative WORKDIR under / when nothing earlier sets one', () => {
  assert.equal(assertFixResolves(rule, 'FROM nginx:1.27\nWORKDIR usr/share/nginx/html', 2), 'FROM nginx:1.27\nWORKDIR /usr/share/nginx/html');
  assert.equal(assertFixResolves(rule, 'FROM nginx:1.27\nWORKDIR "app"', 2), 'FROM nginx:1.27\nWORKDIR "/app"');
});

test('DL3000 fix resolves against the WORKDIRs before it, in the stage and the stages it builds on', () => {
  assert.equal(assertFixResolves(rule, 'FROM alpine:3.20\nWORKDIR /app\nWORKDIR src/../lib', 3), 'FROM alpine:3.20\nWORKDIR /app\nWORKDIR /app/lib');
  const text = 'FROM alpine:3.20 AS base\nWORKDIR /srv\nFROM base\nWORKDIR web';
  assert.equal(assertFixResolves(rule, text, 4), 'FROM alpine:3.20 AS base\nWORKDIR /srv\nFROM base\nWORKDIR /srv/web');
});

test('DL3000 offers no fix when an earlier WORKDIR is a variable', () => {
  const [finding] = assertFlags(rule, 'FROM alpine:3.20\nWORKDIR $HOME\nWORKDIR src', [3]);
  assert.equal(finding.fix, undefined);
});
