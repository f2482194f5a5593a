import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, assertFixResolves, assertFlags, rangeText } from '../../lint/ruleTesting';
import { rule } from './DL3032';

test('DL3032 flags a yum install no clean-up follows, once per RUN', () => {
  const text = 'FROM centos:7\nRUN yum install -y mariadb-10.4 && yum install -y httpd-2.4.6\nRUN yum clean all';
  const [finding] = assertFlags(rule, text, [2]);
  assert.equal(rangeText(text, finding), 'yum install');
});

test('DL3032 fix appends yum clean all', () => {
  const text = 'FROM centos:7\nRUN yum install -y mariadb-10.4';
  assert.equal(assertFixResolves(rule, text, 2), 'FROM centos:7\nRUN yum install -y mariadb-10.4 && yum clean all');
});

test('DL3032 accepts yum clean all, removing the cache, or a cache mount', () => {
  assertClean(
    rule,
    [
      'FROM centos:7',
      'RUN yum install -y mariadb-10.4 && yum clean all',
      'RUN yum install -y mariadb-10.4 && rm -rf /var/cache/yum',
      'RUN --mount=type=cache,target=/var/cache/yum yum install -y mariadb-10.4',
      'RUN bash -c `# not even a yum command`',
    ].join('\n'),
  );
  assertFlags(rule, 'FROM centos:7\nRUN yum clean all && yum install -y mariadb-10.4\nRUN yum install -y mariadb-10.4 && yum clean packages', [2, 3]);
});
