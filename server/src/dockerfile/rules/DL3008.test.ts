import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, assertFlags, rangeText } from '../../lint/ruleTesting';
import { rule } from './DL3008';

test('DL3008 flags each unpinned package, on the package word', () => {
  const text = 'FROM debian:12\nRUN apt-get update && apt-get install -y python3 curl=7.88.1';
  const [finding] = assertFlags(rule, text, [2]);
  assert.equal(rangeText(text, finding), 'python3');
  assert.match(finding.message, /python3=<version>/);
});

test('DL3008 finds packages on continuation lines and in ONBUILD triggers', () => {
  const text = ['FROM debian:12', 'RUN apt-get install -y \\', '    # the web client', '    wget=1.21 \\', '    git', 'ONBUILD RUN apt-get install -y make'].join('\n');
  const findings = assertFlags(rule, text, [5, 6]);
  assert.deepEqual(findings.map((f) => rangeText(text, f)), ['git', 'make']);
});

test('DL3008 reads exec-form RUNs', () => {
  const text = 'FROM debian:12\nRUN ["apt-get", "install", "-y", "jq"]';
  const [finding] = assertFlags(rule, text, [2]);
  assert.equal(rangeText(text, finding), '"jq"');
});

test('DL3008 accepts versions, releases, .deb files and option values that are not packages', () => {
  assertClean(
    rule,
    [
      'FROM debian:12',
      'RUN apt-get -y --no-install-recommends install nodejs=0.10 ruby=1:2.1.*',
      'RUN apt-get install ./wkhtmltox_0.12.5-1.bionic_amd64.deb',
      'RUN apt-get install -y -t bookworm-backports openjdk-17-jdk=17.0.9 golang/bookworm-backports',
      'RUN apt-get -o Dpkg::Options::=--force-confnew install -y vim=2:9.0',
      'RUN apt-get update && apt-get upgrade -y && apt-cache show curl',
      'RUN apt-get install',
    ].join('\n'),
  );
});
