import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { FormattingOptions, Range } from 'vscode-languageserver-types';
import { lintDockerfile } from '../../lint/runner';
import { DockerfileContext } from '../context';
import { dockerfileCorpus } from './featureTesting';
import { formatting } from './formatting';

const SPACES: FormattingOptions = { tabSize: 4, insertSpaces: true };

function format(text: string, options = SPACES, range?: Range): string {
  const edits = formatting(new DockerfileContext(text), options, range);
  return TextDocument.applyEdits(TextDocument.create('untitled:x', 'dockerfile', 1, text), edits);
}

test('keywords upper-cased, continuation lines one indent in with their nesting kept, trailing spaces gone', () => {
  const text = [
    'from golang:1.23 as build   ',
    '  run set -eux; \\',
    '  if [ -f go.sum ]; then \\',
    '      go mod download; \\',
    '  fi',
    'healthcheck --interval=5s cmd curl -f http://localhost/ || exit 1',
    'onbuild copy . /src',
    'Run echo done\t',
  ].join('\n');
  assert.equal(
    format(text),
    [
      'FROM golang:1.23 AS build',
      'RUN set -eux; \\',
      '    if [ -f go.sum ]; then \\',
      '        go mod download; \\',
      '    fi',
      'HEALTHCHECK --interval=5s CMD curl -f http://localhost/ || exit 1',
      'ONBUILD COPY . /src',
      'RUN echo done',
    ].join('\n'),
  );
});

test('comments, heredoc bodies and lines continuing a quoted string stay as written', () => {
  const text = [
    '# syntax=docker/dockerfile:1   ',
    '   # an indented comment  ',
    'FROM alpine',
    'RUN apk add \\',
    '        # why: curl for the health check   ',
    '        curl',
    'RUN <<EOF  ',
    '   echo "kept"   ',
    '  EOF',
    'EOF',
    'RUN echo "two \\',
    '      spaces"',
  ].join('\n');
  const formatted = format(text).split('\n');
  assert.deepEqual(formatted.slice(0, 2), ['# syntax=docker/dockerfile:1   ', '   # an indented comment  ']);
  assert.deepEqual(formatted.slice(3, 6), ['RUN apk add \\', '        # why: curl for the health check   ', '    curl']);
  assert.deepEqual(formatted.slice(6, 10), ['RUN <<EOF', '   echo "kept"   ', '  EOF', 'EOF']);
  assert.equal(formatted[11], '      spaces"', 'the indentation is inside the string');
});

test('FormattingOptions decide the indent; CRLF line endings are kept', () => {
  assert.equal(format('FROM a\nRUN a \\\n b', { tabSize: 2, insertSpaces: true }), 'FROM a\nRUN a \\\n  b');
  assert.equal(format('FROM a\nRUN a \\\n b \\\n   c', { tabSize: 4, insertSpaces: false }), 'FROM a\nRUN a \\\n\tb \\\n\t  c');
  assert.equal(format('from a\r\nrun a \\\r\n b   \r\n'), 'FROM a\r\nRUN a \\\r\n    b\r\n');
});

test('range formatting edits only the lines in the range', () => {
  const text = 'from a\nrun b  \nrun c  ';
  assert.equal(format(text, SPACES, { start: { line: 1, character: 0 }, end: { line: 1, character: 3 } }), 'from a\nRUN b\nrun c  ');
});

test('an escape directive changes nothing about quoting but is honoured', () => {
  const text = '# escape=`\nfrom mcr.microsoft.com/windows/servercore\nrun powershell -Command `\n  Write-Host "a `\n b"';
  assert.equal(format(text).split('\n')[3], '    Write-Host "a `');
  assert.equal(format(text).split('\n')[4], ' b"');
});

/** Casing is what formatting changes on purpose; every other finding must stay where it was. */
const CASING_RULES = new Set(['ConsistentInstructionCasing', 'FromAsCasing']);
const findings = (text: string) =>
  lintDockerfile({ text })
    .findings.filter((f) => !CASING_RULES.has(f.code))
    .map((f) => `${f.code}@${f.range.start.line}`)
    .sort();

test('formatting is idempotent and changes no finding but casing, over every Dockerfile at hand', () => {
  const texts = dockerfileCorpus();
  assert.ok(texts.length > 150, `only ${texts.length} texts`);
  for (const text of texts) {
    for (const variant of [text, text.replace(/^(\s*)(\w+)/gm, (_, space: string, word: string) => `  ${space}${word.toLowerCase()}`)]) {
      const once = format(variant);
      assert.equal(format(once), once, `formatting twice changed:\n${variant}`);
      assert.deepEqual(findings(once), findings(variant), `findings changed by formatting:\n${variant}\n---\n${once}`);
    }
  }
});
