import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import type { ServerSession } from '../support/lspClient';
import { useServer } from '../support/lspSuite';

// common.yaml is a fragment compose.yaml extends (and declares the `cache` volume for); only the fragment is opened.
const FIXTURE = resolve(__dirname, '../fixtures/compose-multi');
const fragment = pathToFileURL(resolve(FIXTURE, 'common.yaml')).toString();
const extender = pathToFileURL(resolve(FIXTURE, 'compose.yaml')).toString();

let server: ServerSession;
useServer((started) => {
  server = started;
});

const undefinedVolumes = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => d.code === 'UndefinedVolume');
const withUndefinedVolume = (present: boolean) => (params: PublishDiagnosticsParams) => undefinedVolumes(params.diagnostics).length > 0 === present;

test('a fragment’s volume, declared by the file that extends it on disk, is reported until the server has read that file, then not', async () => {
  const first = server.nextDiagnostics(fragment);
  const cleared = server.nextDiagnostics(fragment, withUndefinedVolume(false));
  server.open(fragment, readFileSync(resolve(FIXTURE, 'common.yaml'), 'utf8'), 'dockercompose');
  // Lint does not wait for the disk: the first diagnostics come before the extender is known.
  const [early] = undefinedVolumes(await first);
  assert.match(early.message, /if this file is meant to be extended, the extending file must declare `cache`$/);
  assert.deepEqual(await cleared, []);
});

test('editing the extender in the editor reports the fragment again, and closing it unsaved goes back to the disk', async () => {
  const onDisk = readFileSync(resolve(FIXTURE, 'compose.yaml'), 'utf8');
  const withoutCache = onDisk.slice(0, onDisk.lastIndexOf('volumes:'));
  assert.notEqual(withoutCache, onDisk);
  const reported = server.nextDiagnostics(fragment, withUndefinedVolume(true));
  server.open(extender, withoutCache, 'dockercompose');
  const [finding] = undefinedVolumes(await reported);
  assert.equal(finding.message, 'Service `base` refers to undefined volume `cache`; `compose.yaml` (service `web`) extends `base` without declaring `cache`');
  assert.deepEqual(finding.range, { start: { line: 5, character: 8 }, end: { line: 5, character: 13 } });

  const cleared = server.nextDiagnostics(fragment, withUndefinedVolume(false));
  server.close(extender);
  assert.deepEqual(await cleared, []);
  server.close(fragment);
});

test('an extender changed on disk, as a watched file, changes what the open fragment reports', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'berth-lsp-extenders-'));
  try {
    const common = readFileSync(resolve(FIXTURE, 'common.yaml'), 'utf8');
    const extending = (declared: string) => `services:\n  web:\n    extends: {file: common.yaml, service: base}\n${declared}`;
    writeFileSync(join(dir, 'common.yaml'), common);
    writeFileSync(join(dir, 'compose.yaml'), extending('volumes:\n  cache:\n'));
    const uri = pathToFileURL(join(dir, 'common.yaml')).toString();
    const cleared = server.nextDiagnostics(uri, withUndefinedVolume(false));
    server.open(uri, common, 'dockercompose');
    await cleared;

    const reported = server.nextDiagnostics(uri, withUndefinedVolume(true));
    writeFileSync(join(dir, 'compose.yaml'), extending(''));
    void server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(join(dir, 'compose.yaml')).toString(), type: 2 }] });
    assert.match(undefinedVolumes(await reported)[0].message, /`compose\.yaml` \(service `web`\) extends `base` without declaring `cache`$/);
    server.close(uri);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
