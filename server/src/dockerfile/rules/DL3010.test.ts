import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, assertFlags, rangeText } from '../../lint/ruleTesting';
import { rule } from './DL3010';

test('DL3010 flags an archive copied in and extracted later, at the copied archive', () => {
  const text = 'FROM debian:12\nCOPY packaged-app.tar /usr/src/app\nWORKDIR /usr/src/app\nRUN foo bar && echo something && tar -xf packaged-app.tar';
  const [finding] = assertFlags(rule, text, [2]);
  assert.equal(rangeText(text, finding), 'packaged-app.tar');
  assert.match(finding.message, /packaged-app\.tar/);
});

test('DL3010 follows a COPY to an archive name, Windows paths, old-style tar and decompressors', () => {
  const text = [
    'FROM debian:12',
    'COPY foo/bar/packaged-app.tar /foo.tar',
    'RUN tar -xf /foo.tar',
    'COPY build\\foo\\bar.tar.gz "C:\\Program Files\\Foo"',
    'RUN tar xzf "C:\\Program Files\\Foo\\bar.tar.gz"',
    'COPY data.xz /tmp/',
    'RUN <<EOF',
    'unxz /tmp/data.xz',
    'EOF',
  ].join('\n');
  const findings = assertFlags(rule, text, [2, 4, 6]);
  assert.equal(rangeText(text, findings[0]), '/foo.tar');
});

test('DL3010 is silent without an extraction in the stage, for COPY --from, and for archives made rather than extracted', () => {
  assertClean(
    rule,
    [
      'FROM debian:12 AS build',
      'COPY packaged-app.tar /usr/src/app',
      'FROM debian:12',
      'RUN tar -xf packaged-app.tar',
      'COPY --from=build /usr/local/share/some.tar /opt/some.tar',
      'COPY --chown=app --from=build /other.tar /opt/',
      'RUN tar -xf /opt/some.tar && tar -xf /opt/other.tar',
      'COPY package.json /usr/src/app/',
      'COPY logs.tar /tmp/',
      'RUN tar -cf logs.tar /var/log && tar --exclude=x -cf other.tar /srv',
    ].join('\n'),
  );
});
