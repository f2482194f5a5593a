// The build commands' requests over stdio: the client sends a Dockerfile's text (open or not) and
// gets its stages and ARGs, and the line a builder's failure names; a Compose file's text and gets
// its services, profiles and project name.
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ServerSession } from '../support/lspClient';
import { useServer } from '../support/lspSuite';
import {
  COMPOSE_OUTLINE_REQUEST,
  DOCKERFILE_BUILD_OPTIONS_REQUEST,
  LOCATE_BUILD_FAILURE_REQUEST,
  type ComposeOutline,
  type DockerfileBuildOptions,
  type LocateBuildFailureParams,
} from '../../server/src/protocol';

const TEXT = 'ARG BASE=alpine:3.20\nFROM $BASE AS build\nRUN make\nFROM scratch\nCOPY --from=build /out /\n';
let server: ServerSession;

// The project name test needs a shell that sets neither variable it reads.
const serverEnv = { ...process.env };
delete serverEnv.COMPOSE_PROJECT_NAME;
delete serverEnv.APP;
useServer(
  (started) => {
    server = started;
  },
  { env: serverEnv },
);

test('build options come from the text sent, whether or not the file is open', async () => {
  const uri = 'file:///build/Dockerfile';
  const options = await server.connection.sendRequest<DockerfileBuildOptions>(DOCKERFILE_BUILD_OPTIONS_REQUEST, { uri, text: TEXT });
  assert.deepEqual(options.stages.map((s) => [s.name, s.line]), [['build', 1], [null, 3]]);
  assert.deepEqual(options.args, [{ name: 'BASE', defaultValue: 'alpine:3.20', line: 0 }]);
  // open with other text: the text sent wins, since it is what the build reads from disk
  await server.openLinted(uri, 'FROM alpine:3.20 AS only\n');
  const again = await server.connection.sendRequest<DockerfileBuildOptions>(DOCKERFILE_BUILD_OPTIONS_REQUEST, { uri, text: TEXT });
  assert.equal(again.stages.length, 2);
  server.close(uri);
});

test("a builder's failure point comes back as the failing instruction's range, or null", async () => {
  const locate = (point: LocateBuildFailureParams['point']) =>
    server.connection.sendRequest<{ start: { line: number } } | null>(LOCATE_BUILD_FAILURE_REQUEST, { uri: 'file:///build/Dockerfile', text: TEXT, point });
  assert.equal((await locate({ kind: 'step', step: 3 }))?.start.line, 2);
  assert.equal((await locate({ kind: 'vertex', stage: 'stage-1', step: 1, text: 'COPY /out /' }))?.start.line, 4);
  assert.equal(await locate({ kind: 'step', step: 40 }), null);
});

test('malformed requests answer null rather than an error', async () => {
  const answer = await server.connection.sendRequest(LOCATE_BUILD_FAILURE_REQUEST, { uri: 'file:///x/Dockerfile', text: null, point: null });
  assert.equal(answer, null);
});

test("a Compose file's services (with their keys' ranges) and profiles come from the text sent", async () => {
  const text = 'name: shop\nservices:\n  web:\n    image: nginx\n  debug:\n    image: busybox\n    profiles: [tools]\n';
  // not on disk: no folder, so no project
  const outline = await server.connection.sendRequest<ComposeOutline>(COMPOSE_OUTLINE_REQUEST, { uri: 'untitled:Untitled-1', text });
  const key = (line: number, length: number) => ({ start: { line, character: 2 }, end: { line, character: 2 + length } });
  assert.deepEqual(outline, {
    services: [{ name: 'web', profiles: [], range: key(2, 3) }, { name: 'debug', profiles: ['tools'], range: key(4, 5) }],
    profiles: ['tools'],
  });
});

test("a Compose file's project is named by COMPOSE_PROJECT_NAME in the .env beside it, read afresh on each request", async () => {
  const folder = mkdtempSync(join(tmpdir(), 'berth-outline-'));
  try {
    const uri = pathToFileURL(join(folder, 'compose.yaml')).toString();
    const project = async () => (await server.connection.sendRequest<ComposeOutline>(COMPOSE_OUTLINE_REQUEST, { uri, text: 'name: ${APP:-shop}\n' })).project;
    writeFileSync(join(folder, '.env'), 'COMPOSE_PROJECT_NAME=Shop_CI\n');
    assert.deepEqual(await project(), { name: 'Shop_CI', source: 'dotenv' });
    writeFileSync(join(folder, '.env'), 'APP=store\n');
    // The server's disk reads are cached by modification time: two writes a moment apart could share one.
    utimesSync(join(folder, '.env'), new Date(), new Date(Date.now() + 60_000));
    assert.deepEqual(await project(), { name: 'store', source: 'name' });
    rmSync(join(folder, '.env'));
    assert.deepEqual(await project(), { name: 'shop', source: 'name' });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
