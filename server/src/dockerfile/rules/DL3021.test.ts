import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, assertFixResolves, assertFlags, rangeText } from '../../lint/ruleTesting';
import { rule } from './DL3021';

test('DL3021 flags a COPY of several sources to a destination without a trailing slash', () => {
  const text = 'FROM node:22\nCOPY foo bar baz\nCOPY --from=build /a /b "/dest"\nCOPY ["a", "b", "/dest"]';
  const [plain, quoted, json] = assertFlags(rule, text, [2, 3, 4]);
  assert.equal(rangeText(text, plain), 'baz');
  assert.equal(rangeText(text, quoted), '"/dest"');
  assert.equal(rangeText(text, json), '"/dest"');
});

test('DL3021 fix appends the slash, inside quotes when the destination is quoted', () => {
  assert.equal(assertFixResolves(rule, 'FROM node:22\nWORKDIR /app\nCOPY foo bar baz', 3), 'FROM node:22\nWORKDIR /app\nCOPY foo bar baz/');
  assert.equal(assertFixResolves(rule, 'FROM node:22\nCOPY a b "/dest"', 2), 'FROM node:22\nCOPY a b "/dest/"');
  assert.equal(assertFixResolves(rule, 'FROM node:22\nCOPY a b "/my dir"', 2), 'FROM node:22\nCOPY a b "/my dir/"');
  assert.equal(assertFixResolves(rule, 'FROM node:22\nCOPY ["a", "b", "/dest"]', 2), 'FROM node:22\nCOPY ["a", "b", "/dest/"]');
});

test('DL3021 counts heredoc sources and ONBUILD triggers', () => {
  assertFlags(rule, 'FROM node:22\nCOPY <<A <<B /etc/app\none\nA\ntwo\nB\nONBUILD COPY a b /c', [2, 7]);
});

test('DL3021 accepts a Windows destination ending in a backslash', () => {
  assertClean(rule, '# escape=`\nFROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nCOPY a.txt b.txt C:\\app\\');
});

test('DL3021 is silent with one source, a trailing slash, or a destination ending in a variable', () => {
  assertClean(
    rule,
    [
      'FROM node:22',
      'COPY foo bar',
      'COPY --from=build foo /bar',
      'COPY foo bar baz/',
      'COPY foo bar "baz/"',
      'COPY a b $APP_HOME/',
      'COPY a b ${APP_HOME}',
      'COPY <<EOF /etc/app.conf\nkey=value\nEOF',
    ].join('\n'),
  );
});
