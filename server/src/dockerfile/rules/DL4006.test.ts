import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, assertFlags, rangeText } from '../../lint/ruleTesting';
import { rule } from './DL4006';

const piped = 'RUN wget -O - https://some.site | wc -l > /number';

test('DL4006 flags a RUN with a pipe and no pipefail shell, on the command feeding the pipe', () => {
  const text = `FROM scratch\n${piped}`;
  const [finding] = assertFlags(rule, text, [2]);
  assert.equal(rangeText(text, finding), 'wget -O - https://some.site |');
});

test('DL4006 flags pipes in heredoc scripts, and `set -o pipefail` inside the RUN does not count (as in hadolint)', () => {
  assertFlags(rule, 'FROM debian:12\nRUN <<EOF\ncat /etc/os-release | grep ID\nEOF\nRUN set -o pipefail && ls | wc -l', [3, 5]);
});

test('DL4006 honours SHELL with -o pipefail in bash, zsh or ash, by any path, until another SHELL', () => {
  assertClean(
    rule,
    [
      'FROM scratch AS build',
      'SHELL ["/bin/bash", "-eo", "pipefail", "-c"]',
      piped,
      'SHELL ["/usr/local/bin/zsh", "-o", "errexit", "-o", "pipefail", "-c"]',
      piped,
      'SHELL ["/bin/ash", "-e", "-o", "pipefail", "-c"]',
      piped,
      'FROM build',
      piped,
    ].join('\n'),
  );
  assertFlags(rule, ['FROM scratch', 'SHELL ["/bin/bash", "-o", "pipefail", "-c"]', piped, 'SHELL ["/bin/sh", "-c"]', piped].join('\n'), [5]);
});

test('DL4006 flags sh even with -o pipefail, and a new stage not built FROM the pipefail one', () => {
  const text = ['FROM scratch AS build', 'SHELL ["/bin/sh", "-o", "pipefail", "-c"]', piped, 'FROM scratch AS build2', piped].join('\n');
  assertFlags(rule, text, [3, 5]);
});

test('DL4006 is silent for non-POSIX shells and for RUNs without a pipe', () => {
  assertClean(
    rule,
    [
      'FROM mcr.microsoft.com/powershell:ubuntu-22.04',
      'RUN wget -O - https://some.site && wc -l file > /number || true',
      'SHELL [ "pwsh", "-c" ]',
      'RUN Get-Variable PSVersionTable | Select-Object -ExpandProperty Value',
      'SHELL ["C:\\\\Windows\\\\System32\\\\WindowsPowerShell\\\\v1.0\\\\powershell.exe", "-Command"]',
      'RUN Get-ChildItem | Measure-Object',
      'SHELL ["cmd.exe", "/S", "/C"]',
      'RUN dir | more',
    ].join('\n'),
  );
});
