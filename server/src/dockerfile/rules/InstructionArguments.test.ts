import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, assertFlags, rangeText } from '../../lint/ruleTesting';
import { rule } from './InstructionArguments';

test('InstructionArguments flags COPY with one argument (the missing-space typo)', () => {
  const text = 'FROM golang:latest\nWORKDIR /app\nCOPY main.go.\nCMD ["go", "run", "./main.go"]';
  const [finding] = assertFlags(rule, text, [3]);
  assert.equal(rangeText(text, finding), 'main.go.');
  assert.match(finding.message, /source and a destination.*`main\.go\.`/);
});

test('InstructionArguments counts JSON elements for COPY and ADD, and refuses a heredoc destination', () => {
  const text = 'FROM alpine\nCOPY ["only"]\nADD --chown=1 src\nCOPY a <<EOF\nx\nEOF';
  const findings = assertFlags(rule, text, [2, 3, 4]);
  assert.equal(rangeText(text, findings[2]), '<<EOF');
});

test('InstructionArguments flags FROM forms other than image or image AS name', () => {
  const text = 'FROM alpine base\nFROM alpine AS\nFROM\nFROM alpine as build extra';
  const findings = assertFlags(rule, text, [1, 2, 3, 4]);
  assert.equal(rangeText(text, findings[0]), 'alpine base');
  assert.equal(rangeText(text, findings[2]), 'FROM');
});

test('InstructionArguments checks HEALTHCHECK types and commands', () => {
  const text = 'FROM alpine\nHEALTHCHECK NONE now\nHEALTHCHECK --interval=5s CURL http://x\nHEALTHCHECK CMD\nHEALTHCHECK CMD []\nHEALTHCHECK';
  const findings = assertFlags(rule, text, [2, 3, 4, 5, 6]);
  assert.equal(rangeText(text, findings[0]), 'now');
  assert.equal(rangeText(text, findings[1]), 'CURL');
});

test('InstructionArguments flags instructions left without arguments and empty VOLUME paths', () => {
  const text = 'FROM alpine\nWORKDIR\nUSER\nEXPOSE\nENV\nARG\nONBUILD\nSHELL []\nVOLUME ["/data", " "]';
  const findings = assertFlags(rule, text, [2, 3, 4, 5, 6, 7, 8, 9]);
  assert.equal(rangeText(text, findings[0]), 'WORKDIR');
});

test('InstructionArguments is silent on well-formed instructions, triggers, heredocs and bare RUN/CMD', () => {
  assertClean(
    rule,
    [
      'FROM --platform=linux/amd64 alpine:3.20 AS build',
      'COPY --from=build /a /b /dest/',
      'COPY ["a b", "/c"]',
      'COPY <<EOF /etc/motd',
      'hello',
      'EOF',
      'ADD https://example.com/x.tgz /opt/',
      'HEALTHCHECK --interval=5s CMD curl -f http://localhost/',
      'HEALTHCHECK CMD ["true"]',
      'HEALTHCHECK none',
      'ONBUILD COPY . /src',
      'ONBUILD FROM alpine',
      'USER app user',
      'RUN',
      'CMD',
      'VOLUME /data /logs',
    ].join('\n'),
  );
});
