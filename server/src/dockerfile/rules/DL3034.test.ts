import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, assertFixResolves, assertFlags, rangeText } from '../../lint/ruleTesting';
import { rule } from './DL3034';

test('DL3034 flags zypper installs, removals and patches that would ask', () => {
  const text = 'FROM opensuse/leap:15.6\nRUN zypper in httpd=2.4.58 && zypper rm vim && zypper patch && zypper clean';
  const findings = assertFlags(rule, text, [2, 2, 2]);
  assert.deepEqual(findings.map((f) => rangeText(text, f)), ['zypper in', 'zypper rm', 'zypper patch']);
});

test('DL3034 fix adds -y to install and remove', () => {
  const text = 'FROM opensuse/leap:15.6\nRUN zypper install httpd=2.4.58 && zypper clean';
  assert.equal(assertFixResolves(rule, text, 2), 'FROM opensuse/leap:15.6\nRUN zypper install -y httpd=2.4.58 && zypper clean');
});

test('DL3034 fix adds the global --non-interactive where the subcommand has no -y', () => {
  const text = 'FROM opensuse/leap:15.6\nRUN zypper source-install httpd';
  assert.equal(assertFixResolves(rule, text, 2), 'FROM opensuse/leap:15.6\nRUN zypper --non-interactive source-install httpd');
});

test('DL3034 accepts every non-interactive spelling', () => {
  assertClean(
    rule,
    [
      'FROM opensuse/leap:15.6',
      'RUN zypper install -n httpd=2.4.58 && zypper clean',
      'RUN zypper --non-interactive install httpd=2.4.58 && zypper clean',
      'RUN zypper install -y httpd=2.4.58 && zypper clean',
      'RUN zypper install --no-confirm httpd=2.4.58 && zypper clean',
      'RUN zypper -n patch && zypper refresh',
    ].join('\n'),
  );
});
