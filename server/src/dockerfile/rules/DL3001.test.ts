import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, assertFlags, rangeText } from '../../lint/ruleTesting';
import { rule } from './DL3001';

test('DL3001 flags commands meant for a running machine, on the command word', () => {
  const text = 'FROM debian:12\nRUN apt-get update && service ssh start\nRUN /usr/bin/top -b -n 1';
  const [service, top] = assertFlags(rule, text, [2, 3]);
  assert.equal(rangeText(text, service), 'service');
  assert.equal(rangeText(text, top), '/usr/bin/top');
  assert.match(service.message, /`service`/);
});

test('DL3001 reads heredoc scripts, exec form and ONBUILD triggers', () => {
  const text = ['FROM debian:12', 'RUN <<EOF', 'set -e', 'ps aux', 'EOF', 'RUN ["vim", "-c", "wq", "/etc/motd"]', 'ONBUILD RUN ifconfig'].join('\n');
  const [ps, vim, ifconfig] = assertFlags(rule, text, [4, 6, 7]);
  assert.equal(rangeText(text, ps), 'ps');
  assert.equal(rangeText(text, vim), '"vim"');
  assert.equal(rangeText(text, ifconfig), 'ifconfig');
});

test('DL3001 is silent when the tools are only installed or named as arguments', () => {
  assertClean(rule, 'FROM debian:12\nRUN apt-get install -y openssh-client vim procps && echo top\nCMD ["top"]');
});
