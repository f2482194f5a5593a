import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, assertFixResolves, assertFlags, rangeText } from '../../lint/ruleTesting';
import { rule } from './DL3020';

test('DL3020 flags ADD of plain files and folders, on the keyword', () => {
  const text = 'FROM debian:12\nADD file /usr/src/app/\nADD "file.zip" /usr/src/app/\nONBUILD ADD src/ /app/';
  const [plain, zip, onbuild] = assertFlags(rule, text, [2, 3, 4]);
  assert.equal(rangeText(text, plain), 'ADD');
  assert.equal(rangeText(text, zip), 'ADD');
  assert.equal(rangeText(text, onbuild), 'ADD');
});

test('DL3020 fix replaces ADD with COPY in the keyword\'s case', () => {
  assert.equal(assertFixResolves(rule, 'FROM debian:12\nADD file /app/', 2), 'FROM debian:12\nCOPY file /app/');
  assert.equal(assertFixResolves(rule, 'from debian:12\nadd --chown=1000 file /app/', 2), 'from debian:12\ncopy --chown=1000 file /app/');
  assert.equal(assertFixResolves(rule, 'FROM debian:12\nAdd ["a b", "/app/"]', 2), 'FROM debian:12\nCopy ["a b", "/app/"]');
});

test('DL3020 offers no fix when ADD uses an ADD-only flag or a source from a variable', () => {
  const text = 'FROM debian:12\nADD --checksum=sha256:0123 file /app/\nADD $SOURCE /app/';
  assert.deepEqual(assertFlags(rule, text, [2, 3]).map((f) => f.fix), [undefined, undefined]);
});

test('DL3020 is silent when every source is a URL or a tar archive', () => {
  assertClean(
    rule,
    [
      'FROM debian:12',
      'ADD file.tar /usr/src/app/',
      'ADD file.tar.gz file.tgz file.bz2 file.xz /usr/src/app/',
      'ADD http://example.com/file /usr/src/app/',
      'ADD "https://example.com/file" /usr/src/app/',
      'ADD git@github.com:moby/buildkit.git /src/',
      'COPY file /usr/src/app/',
    ].join('\n'),
  );
});
