import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, assertFixResolves, assertFlags, rangeText } from '../../lint/ruleTesting';
import { rule } from './DL3030';

test('DL3030 flags yum installs without -y, on the command words', () => {
  const text = 'FROM centos:7\nRUN yum module install nodejs:20 && yum groupinstall "Development Tools" && yum clean all';
  const findings = assertFlags(rule, text, [2, 2]);
  assert.deepEqual(findings.map((f) => rangeText(text, f)), ['yum module install', 'yum groupinstall']);
});

test('DL3030 fix adds -y after the subcommand', () => {
  const text = 'FROM centos:7\nRUN yum install httpd-2.4.6 && yum clean all';
  assert.equal(assertFixResolves(rule, text, 2), 'FROM centos:7\nRUN yum install -y httpd-2.4.6 && yum clean all');
});

test('DL3030 accepts -y and --assumeyes, and ignores other yum commands', () => {
  assertClean(rule, 'FROM centos:7\nRUN yum -y install httpd-2.4.6 && yum localinstall --assumeyes ./x.rpm && yum clean all && yum list installed');
});
