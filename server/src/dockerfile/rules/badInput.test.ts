// Inputs an editor really sees: binary files opened by mistake, huge files, half-typed heredocs and
// continuations, Windows line endings, byte-order marks and the backtick escape. Every rule must return
// findings for them without throwing; the lint time of each is reported, not asserted (the benchmark owns speed).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { lintDockerfile } from '../../lint/runner';

function binaryText(): string {
  // A deterministic byte soup: every byte value, NULs included, as an editor would decode it.
  const bytes = Buffer.alloc(64 * 1024);
  let seed = 7;
  for (let i = 0; i < bytes.length; i++) bytes[i] = seed = (seed * 1103515245 + 12345) & 0xff;
  return bytes.toString('utf8') + bytes.toString('latin1');
}

function fiveMegabytes(): string {
  // Shaped like a long real Dockerfile: ten stages of ordinary instructions, heredocs and continuations.
  const body = [
    'RUN --mount=type=cache,target=/root/.cache/go-build \\',
    '    GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/app ./cmd/app',
    'COPY <<EOF /etc/app.conf',
    'listen = 0.0.0.0:8080',
    'EOF',
    'ENV APP_PORT=8080 APP_MODE=production',
    'EXPOSE 8080/tcp',
    'COPY --chown=app:app --chmod=644 config.yaml /etc/app/',
    'HEALTHCHECK --interval=30s CMD ["/out/app", "health"]',
  ].join('\n');
  const stages = 10;
  const perStage = Math.ceil((5 * 1024 * 1024) / stages / (body.length + 1));
  return Array.from({ length: stages }, (_, i) => [`FROM golang:1.23 AS stage${i}`, 'ARG TARGETOS TARGETARCH', ...Array.from({ length: perStage }, () => body)].join('\n')).join('\n');
}

const CASES: Record<string, string> = {
  'binary bytes': binaryText(),
  'a 5 MB file': fiveMegabytes(),
  'an unterminated heredoc': 'FROM alpine\nRUN <<EOF\n' + 'echo line\n'.repeat(5000),
  'an unterminated heredoc inside ONBUILD': 'FROM alpine\nONBUILD RUN <<EOF',
  'a lone backslash at the end': 'FROM alpine\nRUN echo a \\\n\\',
  'a backslash as the only character': '\\',
  'CRLF line endings': 'FROM alpine\r\nRUN apk add \\\r\n  curl\r\nCOPY <<EOF /x\r\nhi\r\nEOF\r\nCMD ["sh"]\r\n',
  'a byte-order mark': '\uFEFF# syntax=docker/dockerfile:1\nFROM alpine\nRUN true',
  'the backtick escape': '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN dir C:\\ `\n  && echo done\nCOPY a `\n  C:\\app\\\n`',
  'an empty file': '',
  'only flags and brackets': 'RUN --\nCOPY --=\nCMD [\nHEALTHCHECK --\nFROM --platform\nRUN --mount=,,,"',
};

for (const [name, text] of Object.entries(CASES)) {
  test(`every rule returns on ${name} without throwing`, (t) => {
    const start = performance.now();
    const result = lintDockerfile({ text });
    t.diagnostic(`${name}: ${text.length} characters linted in ${(performance.now() - start).toFixed(0)} ms, ${result.findings.length} findings`);
    assert.deepEqual(result.failures.map((f) => `${f.code}: ${String(f.error)}`), []);
  });
}
