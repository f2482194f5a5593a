import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanPath, dockerignoreMatcher, readDockerignore } from './dockerignore';

const excluded = (lines: string[], path: string) => dockerignoreMatcher(lines).excludedBy(path) !== undefined;

test('readDockerignore drops comments and blank lines, trims, cleans and makes patterns relative', () => {
  const patterns = readDockerignore(['\uFEFF# comment', '', '  node_modules/  ', '/build//out/../dist', '! keep.txt', ' # not a comment', '!', './a/./b']);
  assert.deepEqual(patterns, [
    { pattern: 'node_modules', exception: false, line: 2 },
    { pattern: 'build/dist', exception: false, line: 3 },
    { pattern: 'keep.txt', exception: true, line: 4 },
    { pattern: '# not a comment', exception: false, line: 5 },
    { pattern: 'a/b', exception: false, line: 7 },
  ]);
});

test('cleanPath behaves like filepath.Clean', () => {
  assert.equal(cleanPath('a//b/./c/..'), 'a/b');
  assert.equal(cleanPath('dir/'), 'dir');
  assert.equal(cleanPath(''), '.');
  assert.equal(cleanPath('/..'), '/');
});

test('a pattern excludes the path itself and everything under a matching directory', () => {
  assert.ok(excluded(['Dockerfile'], 'Dockerfile'));
  assert.ok(excluded(['node_modules'], 'node_modules/lodash/index.js'));
  assert.ok(excluded(['docs/'], './docs/guide.md'), 'the path is cleaned before matching');
  assert.ok(!excluded(['Dockerfile'], 'src/Dockerfile'), 'a plain name is anchored at the context root');
});

test('* and ? stay within one path element', () => {
  assert.ok(excluded(['*.md'], 'README.md'));
  assert.ok(!excluded(['*.md'], 'docs/README.md'));
  assert.ok(excluded(['*/*.md'], 'docs/README.md'));
  assert.ok(excluded(['temp?'], 'temp1'));
  assert.ok(!excluded(['temp?'], 'temp12'));
  assert.ok(excluded(['file[0-9].txt'], 'file3.txt'));
});

test('** matches any number of directories, including none', () => {
  assert.ok(excluded(['**/*.go'], 'main.go'));
  assert.ok(excluded(['**/*.go'], 'cmd/app/main.go'));
  assert.ok(excluded(['**/node_modules'], 'web/node_modules/x.js'));
  assert.ok(excluded(['**/node_modules'], 'node_modules'));
  assert.ok(excluded(['dist/**'], 'dist/a/b.js'));
  assert.ok(excluded(['a/**/b'], 'a/b'));
  assert.ok(excluded(['a/**/b'], 'a/x/y/b'));
  assert.ok(excluded(['**'], 'anything/at/all'));
  // A leading ** not followed by / is a plain suffix test, as in Docker.
  assert.ok(excluded(['**.log'], 'logs/app.log'));
});

test('! re-includes, the last matching line wins, and an exclusion after it excludes again', () => {
  assert.ok(!excluded(['*.md', '!README.md'], 'README.md'));
  assert.ok(excluded(['*.md', '!README.md'], 'CHANGES.md'));
  assert.ok(excluded(['*.md', '!README*.md', 'README-secret.md'], 'README-secret.md'));
  assert.ok(!excluded(['!README.md'], 'README.md'));
  const matcher = dockerignoreMatcher(['docs', '!docs/public', 'docs/public/draft.md']);
  assert.equal(matcher.excludedBy('docs/public/index.md'), undefined);
  assert.equal(matcher.excludedBy('docs/public/draft.md')?.line, 2);
  assert.equal(matcher.excludedBy('docs/private.md')?.line, 0);
});

test('regular-expression characters are literal, escapes work, and the root is never excluded', () => {
  assert.ok(excluded(['a+b.(c)'], 'a+b.(c)'));
  assert.ok(!excluded(['a.b'], 'axb'));
  assert.ok(excluded(['\\*literal'], '*literal'));
  assert.ok(!excluded(['\\*literal'], 'xliteral'));
  assert.ok(!excluded(['*', '.'], '.'));
});

test('a malformed pattern matches nothing and does not throw', () => {
  assert.doesNotThrow(() => dockerignoreMatcher(['[', 'a[b', '\\q']).excludedBy('a[b'));
  assert.ok(!excluded(['['], '['));
  assert.ok(excluded(['[', 'x'], 'x'));
});
