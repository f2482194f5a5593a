import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DockerfileContext, DEFAULT_RULE_OPTIONS } from './context';
import {
  fileLabelPairs,
  invalidSchemaValues,
  isEmail,
  isGitHash,
  isRfc3339,
  isSemver,
  isSpdxExpression,
  isUrl,
  isValidLabelKey,
  stagesMissingLabel,
} from './labels';

const parse = (text: string, labelSchema: Record<string, string> = {}) =>
  new DockerfileContext(text, { ...DEFAULT_RULE_OPTIONS, labelSchema });

test('label pairs come unquoted and unescaped, in order, old and new syntax alike', () => {
  const file = parse('FROM alpine\nLABEL "com.example.a"="one two" b=\'x\' c=d\\ e\nLABEL version 1.0 beta\nONBUILD LABEL skipped=yes');
  assert.deepEqual(
    fileLabelPairs(file).map((p) => [p.key, p.value]),
    [['com.example.a', 'one two'], ['b', 'x'], ['c', 'd e'], ['version', '1.0 beta']],
  );
});

test('a pair knows when its key or value comes from a variable', () => {
  const file = parse('FROM alpine\nLABEL a=$V b="${W}-x" c=\\$Z d=\'$Q\' $K=v');
  assert.deepEqual(
    fileLabelPairs(file).map((p) => [p.key, p.keyIsDynamic, p.valueIsDynamic]),
    [['a', false, true], ['b', false, true], ['c', false, false], ['d', false, false], ['$K', true, false]],
  );
});

test('schema value checks report the value of each bad pair and skip other labels and variables', () => {
  const text = 'FROM alpine\nLABEL url=nope other=nope\nLABEL url="https://example.com" url=$FROM_ARG url="" url=';
  const findings = invalidSchemaValues(parse(text, { url: 'url', other: 'text' }), (t) => t === 'url', isUrl, (key) => `bad ${key}`);
  const lines = text.split('\n');
  assert.deepEqual(
    findings.map((f) => [f.range.start.line, lines[f.range.start.line].slice(f.range.start.character, f.range.end.character), f.message]),
    [[1, 'nope', 'bad url'], [2, '""', 'bad url'], [2, 'url=', 'bad url']],
  );
});

// The cases of hadolint's own DL3049 spec, with schema label `foo`.
const missingCases: [string, string[], number[]][] = [
  ['single stage, no label', ['FROM baseimage'], [1]],
  ['single stage, another label', ['FROM baseimage', 'LABEL bar="baz"'], [1]],
  ['single stage, label present', ['FROM baseimage', 'LABEL foo="bar"'], []],
  ['two stages, no labels', ['FROM stage1', 'FROM stage2'], [1, 2]],
  ['label in the first of two unrelated stages', ['FROM baseimage', 'LABEL foo="bar"', 'FROM newimage'], [3]],
  ['label in the second of two unrelated stages', ['FROM baseimage', 'FROM newimage', 'LABEL foo="bar"'], [1]],
  ['inheritance, no labels', ['FROM baseimage as base', 'FROM base'], [1, 2]],
  ['inheritance, label set by the child', ['FROM baseimage as base', 'FROM base', 'LABEL foo="bar"'], []],
  ['inheritance, label set by the parent', ['FROM baseimage as base', 'LABEL foo="bar"', 'FROM base'], []],
  ['unrelated named stage copied from', ['FROM baseimage as base', 'FROM anotherimage', 'LABEL foo="bar"', 'COPY --from=base /bar /baz'], []],
  ['unrelated named stage not copied from', ['FROM baseimage as base', 'FROM anotherimage', 'LABEL foo="bar"'], [1]],
  ['two results copying, one labelled', ['FROM baseimage as base', 'FROM newimage', 'LABEL foo="bar"', 'COPY --from=base /bar /baz', '', 'FROM newimage', 'COPY --from=base /bar /baz'], [6]],
  ['two children, first labelled', ['FROM baseimage as base', 'FROM base', 'LABEL foo="bar"', '', 'FROM base'], [5]],
  ['two children, second labelled', ['FROM baseimage as base', 'FROM base', '', 'FROM base', 'LABEL foo="bar"'], [2]],
  ['inherited through two generations', ['FROM alpine AS base', 'LABEL foo=1', 'FROM base AS mid', 'FROM mid'], []],
  ['stage names compared as the builder does, ignoring case', ['FROM alpine AS Base', 'LABEL foo=1', 'FROM base'], []],
  ['a label set only by ONBUILD does not count', ['FROM alpine', 'ONBUILD LABEL foo=1'], [1]],
];

for (const [name, lines, expected] of missingCases) {
  test(`stages missing a label: ${name}`, () => {
    const stages = stagesMissingLabel(parse(lines.join('\n')), 'foo');
    assert.deepEqual(stages.map((s) => s.from.getRange().start.line + 1), expected);
  });
}

const formats: [string, (value: string) => boolean, string[], string[]][] = [
  [
    'label keys',
    isValidLabelKey,
    ['maintainer', 'org.opencontainers.image.source', 'org.valid-key.label3', 'a'],
    ['', 'Maintainer', '1abc', '.abc', '-abc', 'abc.', 'abc-', 'a..b', 'a--b', 'a_b', 'a$b', 'com.docker.x', 'io.docker.y', 'org.dockerproject.z'],
  ],
  [
    'URLs',
    isUrl,
    ['http://example.com', 'https://user:pw@example.com:8443/a/b?q=1&r=%20#top', 'mailto:team@example.com', 'urn:isbn:0451450523', 'git+ssh://git@github.com/o/r.git', 'http://[::1]/'],
    ['', 'not-url', 'example.com', '//example.com', 'http://exa mple.com', 'http://example.com:port/', 'http://example.com/%zz', '1http://x'],
  ],
  [
    'RFC 3339 times',
    isRfc3339,
    ['2021-03-10T10:26:33.564595127+01:00', '1985-04-12T23:20:50.52Z', '1990-12-31T23:59:60Z', '2024-02-29t00:00:00z', '1996-12-19T16:39:57-08:00'],
    ['', 'not-date', '2021-03-10', '2021-03-10 10:26:33Z', '2021-03-10T10:26:33', '2023-02-29T00:00:00Z', '2021-13-01T00:00:00Z', '2021-01-01T24:00:00Z', '2021-01-01T00:00:00+0100'],
  ],
  [
    'SPDX expressions',
    isSpdxExpression,
    ['MIT', 'BSD-3-Clause', 'Apache-2.0 OR MIT', '(MIT AND BSD-2-Clause) OR GPL-2.0-or-later', 'GPL-2.0-only WITH Classpath-exception-2.0', 'LicenseRef-internal', 'GPL-2.0+'],
    ['', 'not-spdx', 'MIT OR', 'Apache 2.0', 'MIT WITH Nothing-1.0'],
  ],
  ['git hashes', isGitHash, ['2dbfae9', '43c572f1272b6b3171dd1db9e41b7027128ce080'], ['', 'not-git-hash', '2DBFAE9', '2dbfae', '2dbfae90', 'g3c572f']],
  [
    'semantic versions',
    isSemver,
    ['1.0.0', '2.0.1-rc1', '1.0.0-alpha.1+build.5', '0.0.0', '1.2.3-0a', '10.20.30'],
    ['', 'not-sem-ver', 'v1.0.0', '1.0', '1.0.0.0', '01.0.0', '1.0.0-01', '1.0.0-', '1.0.0+'],
  ],
  [
    'email addresses',
    isEmail,
    ['abcd@google.com', 'first.last+tag@example.co.uk', '"odd one"@example.com', 'ops@[192.0.2.1]', 'root@localhost'],
    ['', 'not-email', '@example.com', 'a@', 'a..b@example.com', '.a@example.com', 'Team <team@example.com>', 'a b@example.com'],
  ],
];

for (const [name, accepts, valid, invalid] of formats) {
  test(`${name}: the valid ones pass and the near misses do not`, () => {
    assert.deepEqual(valid.filter((v) => !accepts(v)), [], 'rejected valid values');
    assert.deepEqual(invalid.filter((v) => accepts(v)), [], 'accepted invalid values');
  });
}
