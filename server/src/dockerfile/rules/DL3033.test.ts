import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, assertFlags, rangeText } from '../../lint/ruleTesting';
import { rule } from './DL3033';

test('DL3033 flags packages and modules without a version', () => {
  const text = 'FROM centos:7\nRUN yum install -y tomcat rpm-sign && yum module install -y nodejs && yum clean all';
  const findings = assertFlags(rule, text, [2, 2, 2]);
  assert.deepEqual(findings.map((f) => rangeText(text, f)), ['tomcat', 'rpm-sign', 'nodejs']);
});

test('DL3033 accepts versions, epochs, .rpm files, variables and module streams', () => {
  assertClean(
    rule,
    [
      'FROM centos:7',
      'RUN yum install -y tomcat-9.2 openssl-1:1.1.1k rpm-sign-4.16.1.3 gcc-c++-1.1.1 ./local.rpm && yum clean all',
      'RUN yum install -y "git-core-${GIT_VER}" tomcat-$VERSION && yum clean all',
      'RUN yum --enablerepo epel module install -y tomcat:9 && yum clean all',
      'RUN bash -c `# not even a yum command` && yum groupinstall -y "Development Tools"',
    ].join('\n'),
  );
});
