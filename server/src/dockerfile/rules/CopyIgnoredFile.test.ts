import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, assertFlags, rangeText } from '../../lint/ruleTesting';
import { rule } from './CopyIgnoredFile';

const optIn = '# check=experimental=CopyIgnoredFile\n';
const context = (...dockerignore: string[]) => ({ buildContext: { dockerignore } });

test('CopyIgnoredFile flags COPY and ADD sources that .dockerignore excludes', () => {
  const text = `${optIn}FROM scratch\nCOPY Dockerfile .\nADD Dockerfile /windy`;
  const findings = assertFlags(rule, text, [3, 4], context('', 'Dockerfile'));
  assert.equal(rangeText(text, findings[0]), 'Dockerfile');
  assert.equal(findings[0].message, 'Attempting to Copy file "Dockerfile" that is excluded by .dockerignore');
  assert.equal(findings[1].message, 'Attempting to Add file "Dockerfile" that is excluded by .dockerignore');
});

test('sources are matched after expansion, with exceptions and parent directories', () => {
  const text = `${optIn}FROM scratch\nARG CONF=secrets\nCOPY ./config/\${CONF}.yaml /etc/\nCOPY ["docs/README.md", "docs/guide.md", "/dst/"]\nCOPY src/app.js /app/`;
  const findings = assertFlags(rule, text, [4, 5], context('config/secrets.*', 'docs', '!docs/README.md'));
  assert.equal(findings[0].message, 'Attempting to Copy file "./config/secrets.yaml" that is excluded by .dockerignore');
  assert.equal(rangeText(text, findings[1]), '"docs/guide.md"');
});

test('CopyIgnoredFile is silent on COPY --from, remote ADD sources, unknown values, heredocs and the destination', () => {
  const text = `${optIn}FROM scratch AS base\nCOPY keep /foobar\nFROM base\nCOPY --from=base /foobar /foobar\nADD https://example.com/foobar /x\nCOPY $FROM_IMAGE /x\nCOPY <<EOF foobar\nfoobar\nEOF\nCOPY keep foobar`;
  assertClean(rule, text, context('foobar'));
});

test('without a .dockerignore, or unless opted in, CopyIgnoredFile is silent', () => {
  assertClean(rule, `${optIn}FROM scratch\nCOPY Dockerfile .`);
  assertClean(rule, 'FROM scratch\nCOPY Dockerfile .', context('Dockerfile'));
});
