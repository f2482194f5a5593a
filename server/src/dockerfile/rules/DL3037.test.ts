import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, assertFlags, rangeText } from '../../lint/ruleTesting';
import { rule } from './DL3037';

test('DL3037 flags each package without a version', () => {
  const text = 'FROM opensuse/leap:15.6\nRUN zypper in -y --repo oss httpd mariadb=10.4 && zypper clean';
  const [finding] = assertFlags(rule, text, [2]);
  assert.equal(rangeText(text, finding), 'httpd');
});

test('DL3037 accepts exact versions, ranges and .rpm files', () => {
  assertClean(rule, 'FROM opensuse/leap:15.6\nRUN zypper install -y "httpd>=2.4" "b<3" c<=1 d>1 mariadb=10.4 ./local.rpm && zypper clean && zypper search httpd');
});
