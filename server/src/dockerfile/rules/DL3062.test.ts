import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, assertFlags, rangeText } from '../../lint/ruleTesting';
import { rule } from './DL3062';

test('DL3062 flags packages without a version or at latest, on the package word', () => {
  const text = 'FROM golang:1.23\nRUN go install -v example.com/pkg example.com/other@latest && go get -tool foobar && go run example.com/tool@none';
  const findings = assertFlags(rule, text, [2, 2, 2, 2]);
  assert.deepEqual(findings.map((f) => rangeText(text, f)), ['example.com/pkg', 'example.com/other@latest', 'foobar', 'example.com/tool@none']);
  assert.match(findings[1].message, /example\.com\/other@<version>/);
});

test('DL3062 reads go install tool and go run with options before the package', () => {
  assertFlags(rule, 'FROM golang:1.23\nRUN go install tool foobar\nRUN go run -ldflags "-s -w" example.com/pkg', [2, 3]);
});

test('DL3062 accepts versions and local code, and ignores go run arguments', () => {
  assertClean(
    rule,
    [
      'FROM golang:1.23',
      'RUN go install example.com/pkg@v1.2.3 && go get example.com/pkg@v1.2.3 && go install tool foobar@v1.2.3',
      'RUN go install /go/app/foobar ./app/foobar . ./... && go install tool',
      'RUN go run example.com/pkg@v1.2.3 -f --foo bar foobar && go run . && go run ./cmd/app && go run main.go',
      'RUN go build -o /app . && go mod download && go test ./...',
    ].join('\n'),
  );
});
