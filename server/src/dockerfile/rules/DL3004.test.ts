import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, assertFixResolves, assertFlags, rangeText } from '../../lint/ruleTesting';
import { rule } from './DL3004';

test('DL3004 flags sudo, also later in a chain, on the sudo word', () => {
  const text = 'FROM debian:12\nRUN mkdir -p /srv && sudo chown app /srv';
  const [finding] = assertFlags(rule, text, [2]);
  assert.equal(rangeText(text, finding), 'sudo');
});

test('DL3004 fix removes sudo in front of a plain command', () => {
  const text = 'FROM debian:12\nRUN mkdir -p /srv && sudo  chown app /srv';
  assert.equal(assertFixResolves(rule, text, 2), 'FROM debian:12\nRUN mkdir -p /srv && chown app /srv');
});

test('DL3004 fix works inside a heredoc script', () => {
  const text = 'FROM debian:12\nRUN <<EOF\nsudo mkdir -p /srv\nEOF';
  assert.equal(assertFixResolves(rule, text, 3), 'FROM debian:12\nRUN <<EOF\nmkdir -p /srv\nEOF');
});

test('DL3004 offers no fix when sudo has options or the RUN is in exec form', () => {
  const text = 'FROM debian:12\nRUN sudo -u app touch /tmp/x\nRUN ["sudo", "touch", "/tmp/x"]';
  const findings = assertFlags(rule, text, [2, 3]);
  assert.deepEqual(findings.map((f) => f.fix), [undefined, undefined]);
  assert.equal(rangeText(text, findings[1]), '"sudo"');
});

test('DL3004 flags sudo in an ONBUILD trigger', () => {
  assertFlags(rule, 'FROM debian:12\nONBUILD RUN sudo make install', [2]);
});

test('DL3004 is silent when sudo is only installed', () => {
  assertClean(rule, 'FROM debian:12\nRUN apt-get install -y sudo && echo sudo');
});
