import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flagFormatProblem, goDurationNs, portProblem, signalProblem } from './valueFormats';

test('goDurationNs reads Go durations and refuses what Go refuses', () => {
  assert.equal(goDurationNs('1m30s'), 90e9);
  assert.equal(goDurationNs('1.5h'), 5400e9);
  assert.equal(goDurationNs('.5s'), 0.5e9);
  assert.equal(goDurationNs('-2ms'), -2e6);
  assert.equal(goDurationNs('0'), 0);
  for (const bad of ['', '30', '5 s', '1d', '.s', 's', '1s2', '--1s']) assert.equal(goDurationNs(bad), undefined, bad);
});

test('flagFormatProblem: counts, permissions and platforms', () => {
  assert.equal(flagFormatProblem('count', '+3'), undefined);
  assert.match(flagFormatProblem('count', '3.5') ?? '', /whole number/);
  assert.match(flagFormatProblem('count', '99999999999') ?? '', /too large/);
  assert.equal(flagFormatProblem('chmod', '7777'), undefined);
  assert.equal(flagFormatProblem('chmod', 'a+rX,go-w'), undefined);
  assert.match(flagFormatProblem('chmod', '64a') ?? '', /neither octal/);
  assert.equal(flagFormatProblem('platform', 'linux'), undefined);
  assert.equal(flagFormatProblem('platform', 'x86_64'), undefined);
  assert.match(flagFormatProblem('platform', 'linux/*') ?? '', /not a platform/);
  assert.match(flagFormatProblem('platform', 'linx') ?? '', /known operating system/);
});

test('signalProblem accepts names with or without SIG in any case, and non-zero numbers', () => {
  for (const ok of ['SIGTERM', 'term', 'SigQuit', '9', 'RTMIN+3', 'SIGRTMAX-14', '-1']) assert.equal(signalProblem(ok), undefined, ok);
  for (const bad of ['0', 'SIGFOO', 'RTMIN+16', '', 'TERM KILL']) assert.ok(signalProblem(bad), bad);
});

test('portProblem checks the container port and protocol only', () => {
  for (const ok of ['80', '80/tcp', '53/UDP', '8000-8010/sctp', '80/', '99999', '127.0.0.1:8080:80']) assert.equal(portProblem(ok), undefined, ok);
  assert.match(portProblem('80/http') ?? '', /protocol `http`/);
  assert.match(portProblem('http') ?? '', /not a port/);
  assert.match(portProblem('9000-8000') ?? '', /ends before it starts/);
  assert.match(portProblem('/tcp') ?? '', /no port/);
});
