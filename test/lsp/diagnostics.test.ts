import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ServerSession } from '../support/lspClient';
import { useServer } from '../support/lspSuite';

const GOLANG_TUTORIAL = 'FROM golang:latest\nWORKDIR /app\nCOPY main.go.\nCMD ["go", "run", "./main.go"]\n';
let server: ServerSession;

useServer((started) => {
  server = started;
});

test('publishes diagnostics when a Dockerfile opens', async () => {
  const uri = 'file:///virtual/open/Dockerfile';
  const diagnostics = await server.openLinted(uri, GOLANG_TUTORIAL);
  const dl3007 = diagnostics.find((d) => d.code === 'DL3007');
  assert.ok(dl3007, 'DL3007 reported');
  assert.equal(dl3007.range.start.line, 0);
  assert.equal(dl3007.source, 'berth');
  assert.match(String(dl3007.codeDescription?.href), /hadolint.*DL3007/);
  server.close(uri);
});

test('relints after a change and clears on close', async () => {
  const uri = 'file:///virtual/change/Dockerfile';
  assert.equal((await server.openLinted(uri, 'FROM golang:1.23\n')).filter((d) => d.code === 'DL3007').length, 0);

  const second = server.nextDiagnostics(uri, (p) => p.version === 3);
  server.change(uri, 2, 'FROM golang:latest\n');
  server.change(uri, 3, 'FROM golang:latest\nFROM debian:latest\n');
  const after = await second;
  assert.deepEqual(after.filter((d) => d.code === 'DL3007').map((d) => d.range.start.line), [0, 1]);

  const cleared = server.nextDiagnostics(uri);
  server.close(uri);
  assert.deepEqual(await cleared, []);
});

test('a burst of changes publishes once, for the last version', async () => {
  const uri = 'file:///virtual/burst/Dockerfile';
  await server.openLinted(uri, 'FROM alpine:3.20\n');
  const versions: number[] = [];
  const last = server.nextDiagnostics(uri, (p) => (versions.push(p.version ?? -1), p.version === 11));
  for (let v = 2; v <= 11; v++) server.change(uri, v, `FROM alpine:3.${v}\n`);
  await last;
  assert.deepEqual(versions, [11], 'superseded versions were not linted and published');
  server.close(uri);
});

test('honours berth.lint settings from the client', async () => {
  const uri = 'file:///virtual/settings/Dockerfile';
  server.lintSettings = { enable: true, ignore: ['DL3007'], severity: {} };
  try {
    const diagnostics = await server.openLinted(uri, GOLANG_TUTORIAL);
    assert.equal(diagnostics.filter((d) => d.code === 'DL3007').length, 0);
  } finally {
    server.lintSettings = null;
    server.close(uri);
  }
});

test('reads .hadolint.yaml beside the file and reports a broken one on line 1', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'berth-lsp-'));
  try {
    writeFileSync(join(dir, '.hadolint.yaml'), 'ignored:\n  - DL3007\n');
    const uri = pathToFileURL(join(dir, 'Dockerfile')).toString();
    assert.equal((await server.openLinted(uri, GOLANG_TUTORIAL)).filter((d) => d.code === 'DL3007').length, 0);
    server.close(uri);

    const nested = join(dir, 'app');
    mkdirSync(nested);
    writeFileSync(join(nested, '.hadolint.yml'), 'ignored: [DL3007\n');
    const brokenUri = pathToFileURL(join(nested, 'Dockerfile')).toString();
    const diagnostics = await server.openLinted(brokenUri, GOLANG_TUTORIAL);
    const configProblem = diagnostics.find((d) => d.code === 'LintConfig');
    assert.ok(configProblem, 'the broken config is reported');
    assert.match(configProblem.message, /\.hadolint\.yml/);
    assert.ok(diagnostics.some((d) => d.code === 'DL3007'), 'linting goes on with defaults');
    server.close(brokenUri);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('compose documents get no Dockerfile diagnostics', async () => {
  const uri = 'file:///virtual/compose/compose.yaml';
  assert.deepEqual(await server.openLinted(uri, 'services:\n  web:\n    image: nginx:latest\n', 'dockercompose'), []);
  server.close(uri);
});

test('a Dockerfile past the analysed size gets one notice and features answer nothing', async () => {
  const uri = 'file:///virtual/huge/Dockerfile';
  const stage = (i: number) => `FROM alpine:3.20 AS s${i}\nRUN apk add --no-cache curl=8.9.1-r0 && echo ${'x'.repeat(60)}\n`;
  let text = '';
  for (let i = 0; text.length < 5 * 1024 * 1024; i++) text += stage(i);
  const diagnostics = await server.openLinted(uri, text);
  assert.deepEqual(diagnostics.map((d) => d.code), ['FileTooLarge']);
  assert.match(diagnostics[0].message, /berth lint/);
  const hover = await server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 1 } });
  assert.equal(hover, null);
  const cleared = server.nextDiagnostics(uri, (p) => p.version === 2);
  server.change(uri, 2, 'FROM alpine:latest\n');
  assert.deepEqual((await cleared).map((d) => d.code), ['DL3007'], 'shrunk back, the file is linted again');
  server.close(uri);
});
