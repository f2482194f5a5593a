import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, assertFlags, rangeText } from '../../lint/ruleTesting';
import { rule } from './DL3028';

test('DL3028 flags each gem without a version, with install or i', () => {
  const text = 'FROM ruby:3.3\nRUN gem i bundler:1 nokogiri && gem install rake';
  const findings = assertFlags(rule, text, [2, 2]);
  assert.deepEqual(findings.map((f) => rangeText(text, f)), ['nokogiri', 'rake']);
});

test('DL3028 accepts name:version, -v, --version, and ignores build options after --', () => {
  assertClean(
    rule,
    [
      'FROM ruby:3.3',
      'RUN gem install bundler:1 nokogiri:1.16.7',
      "RUN gem install bundler -v '2.0.1'",
      "RUN gem install bundler --version '2.0.1'",
      "RUN gem install bundler --version='2.0.1'",
      'RUN gem install bundler:2.0.1 -- --use-system-libraries=true',
      'RUN gem install bundler:2.0.1 -- --use-system-libraries true',
      'RUN gem update --system && gem list',
    ].join('\n'),
  );
});
