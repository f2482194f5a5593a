// InvalidBaseImagePlatform over stdio: the real server asks a real protocol peer for the engine's
// platforms without holding up lint, and reports once the answer arrives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { startServer, type ServerSession } from '../support/lspClient';
import { useServer } from '../support/lspSuite';

const RULE = 'InvalidBaseImagePlatform';
const DOCKERFILE = 'FROM --platform=$BUILDPLATFORM berth-test/tools:arm AS tools\nFROM scratch\nCOPY --from=tools /bin/true /true\n';
const hasRule = (diagnostics: Diagnostic[]) => diagnostics.some((d) => d.code === RULE);

let plainServer: ServerSession;
useServer((started) => {
  plainServer = started;
});

test('lint publishes at once without the engine\'s answer, and again with the finding once it arrives', async () => {
  const server = await startServer({ initializationOptions: { imagePlatforms: true } });
  try {
    const asked: unknown[] = [];
    let answer: (platforms: unknown) => void = () => undefined;
    server.connection.onRequest('berth/imagePlatforms', (params: unknown) => {
      asked.push(params);
      return new Promise((resolve) => (answer = resolve));
    });
    const uri = 'file:///platforms/Dockerfile';
    // The client sits on the request: the first diagnostics come anyway, without the finding.
    const first = await server.openLinted(uri, DOCKERFILE);
    assert.equal(hasRule(first), false);
    assert.deepEqual(asked, [{ references: ['berth-test/tools:arm'] }], 'the external base image, not scratch or a stage');
    const withFinding = server.nextDiagnostics(uri, (params) => hasRule(params.diagnostics));
    answer({ engine: { os: 'linux', architecture: 'amd64' }, images: { 'berth-test/tools:arm': { os: 'linux', architecture: 'arm64', variant: 'v8' } } });
    const finding = (await withFinding).find((d) => d.code === RULE)!;
    assert.equal(finding.message, 'Base image berth-test/tools:arm was pulled with platform "linux/arm64", expected "linux/amd64" for current build');
    assert.deepEqual(finding.range, { start: { line: 0, character: 31 }, end: { line: 0, character: 51 } });
    assert.match(String(finding.codeDescription?.href), /invalid-base-image-platform/);
    assert.equal(asked.length, 1, 'the answer is kept: linting again asks nothing');
  } finally {
    await server.stop();
  }
});

test('a client that does not report platforms is never asked, and the check stays silent', async () => {
  let asked = false;
  plainServer.connection.onRequest('berth/imagePlatforms', () => {
    asked = true;
    return { engine: { os: 'linux', architecture: 'amd64' }, images: { 'berth-test/tools:arm': { os: 'linux', architecture: 'arm64' } } };
  });
  const uri = 'file:///platforms/plain/Dockerfile';
  assert.equal(hasRule(await plainServer.openLinted(uri, DOCKERFILE)), false);
  // A change lints again; a request would have come before these diagnostics.
  const relinted = plainServer.nextDiagnostics(uri, (params) => params.version === 2);
  plainServer.change(uri, 2, `${DOCKERFILE}\n`);
  assert.equal(hasRule(await relinted), false);
  assert.equal(asked, false);
  plainServer.close(uri);
});

test('when the engine changes, the server asks again and lints with the new engine\'s answer', async () => {
  const server = await startServer({ initializationOptions: { imagePlatforms: true } });
  try {
    const answers = [
      { engine: { os: 'linux', architecture: 'amd64' }, images: { 'berth-test/tools:arm': { os: 'linux', architecture: 'arm64' } } },
      // The other engine is an arm64 one: the image now matches the build's platform.
      { engine: { os: 'linux', architecture: 'arm64' }, images: { 'berth-test/tools:arm': { os: 'linux', architecture: 'arm64' } } },
    ];
    let asked = 0;
    server.connection.onRequest('berth/imagePlatforms', () => answers[Math.min(asked++, answers.length - 1)]);
    const uri = 'file:///platforms/switch/Dockerfile';
    const withFinding = server.nextDiagnostics(uri, (params) => hasRule(params.diagnostics));
    server.open(uri, DOCKERFILE);
    await withFinding;
    const withoutFinding = server.nextDiagnostics(uri, (params) => !hasRule(params.diagnostics));
    void server.connection.sendNotification('berth/engineChanged');
    await withoutFinding;
    assert.equal(asked, 2);
  } finally {
    await server.stop();
  }
});
