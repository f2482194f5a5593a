// Dockerfiles from real tutorials, linted with every rule: the syntax errors the builder would stop on
// are reported where they are, and nothing else is reported as an error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintDockerfile } from '../../lint/runner';

function lintAll(lines: string[]) {
  const result = lintDockerfile({ text: lines.join('\n') });
  assert.deepEqual(result.failures, []);
  return result.findings;
}

const errors = (findings: ReturnType<typeof lintAll>) => findings.filter((f) => f.severity === 'error').map((f) => [f.range.start.line + 1, f.code]);

test('Go tutorial: COPY main.go. has one argument, and the latest tag is flagged', () => {
  const findings = lintAll(['FROM golang:latest', 'WORKDIR /app', 'COPY main.go.', 'CMD ["go", "run", "./main.go"]']);
  assert.deepEqual(errors(findings), [[3, 'InstructionArguments']]);
  assert.ok(findings.some((f) => f.code === 'DL3007' && f.range.start.line === 0), 'DL3007 on line 1');
  assert.match(findings.find((f) => f.code === 'InstructionArguments')?.message ?? '', /`main\.go\.` is a single argument/);
});

test('Python tutorial: both COPY lines have one argument', () => {
  const findings = lintAll([
    'FROM python:3.7-alpine',
    'WORKDIR /usr/src/app',
    'COPY requirements.txt./',
    'RUN pip install --no-cache-dir -r requirements.txt',
    'COPY app.py./',
    'CMD ["python", "./app.py"]',
  ]);
  assert.deepEqual(errors(findings), [
    [3, 'InstructionArguments'],
    [5, 'InstructionArguments'],
  ]);
});

test('the same tutorials with the spaces restored have no errors', () => {
  assert.deepEqual(errors(lintAll(['FROM golang:1.23', 'WORKDIR /app', 'COPY main.go .', 'CMD ["go", "run", "./main.go"]'])), []);
  assert.deepEqual(errors(lintAll(['FROM python:3.7-alpine', 'WORKDIR /usr/src/app', 'COPY requirements.txt ./', 'RUN pip install --no-cache-dir -r requirements.txt', 'COPY app.py ./', 'CMD ["python", "./app.py"]'])), []);
});
