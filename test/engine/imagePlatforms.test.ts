// What Berth learns of platforms from a real engine for InvalidBaseImagePlatform: the engine's own,
// and that of the test image and of a copy of it that says it is for another platform.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Engine } from '../../client/src/engine/connect';
import { reportImagePlatforms } from '../../client/src/engine/imagePlatforms';
import { lintDockerfile } from '../../server/src/lint/runner';
import { rule } from '../../server/src/dockerfile/rules/InvalidBaseImagePlatform';
import { connectToHost } from '../support/engineConnection';
import { BASE_IMAGE, startDockerEngine, type DockerEngine } from '../support/dockerEngine';
import { loadForPlatform } from '../support/foreignPlatformImage';

/** The test image, saying it is for a platform other than this machine's. */
const FOREIGN_ARCHITECTURE = process.arch === 'arm64' ? 'amd64' : 'arm64';
const FOREIGN_IMAGE = `berth-test/busybox:${FOREIGN_ARCHITECTURE}`;
/** This machine's architecture as Go names it, which is what a native engine reports. */
const NATIVE_ARCHITECTURE = ({ x64: 'amd64', arm64: 'arm64', ia32: '386', arm: 'arm', ppc64: 'ppc64le', s390x: 's390x', riscv64: 'riscv64' } as Record<string, string>)[process.arch];

let engine: DockerEngine;
let connection: Engine;

before(async () => {
  engine = await startDockerEngine();
  await loadForPlatform(engine, BASE_IMAGE, FOREIGN_IMAGE, { os: 'linux', architecture: FOREIGN_ARCHITECTURE });
  connection = connectToHost(engine.host);
});

after(async () => {
  connection?.dispose();
  await engine?.dispose();
});

test('the engine reports its own platform and each image\'s; an image it lacks is left out', async () => {
  const answer = await reportImagePlatforms(connection, [FOREIGN_IMAGE, BASE_IMAGE, 'berth-test/missing:1'], 15_000);
  assert.deepEqual(answer.engine, { os: 'linux', architecture: NATIVE_ARCHITECTURE });
  assert.deepEqual(Object.keys(answer.images).sort(), [BASE_IMAGE, FOREIGN_IMAGE]);
  assert.equal(answer.images[FOREIGN_IMAGE].os, 'linux');
  assert.equal(answer.images[FOREIGN_IMAGE].architecture, FOREIGN_ARCHITECTURE);
  assert.equal(answer.images[BASE_IMAGE].architecture, NATIVE_ARCHITECTURE, 'imported without --platform: the engine\'s own');
});

test('with the engine\'s answer, the check flags the stage built for the engine on the foreign image only', async () => {
  const answer = await reportImagePlatforms(connection, [FOREIGN_IMAGE, BASE_IMAGE], 15_000);
  assert.ok(answer.engine);
  const text = `FROM --platform=$BUILDPLATFORM ${FOREIGN_IMAGE} AS tools\nFROM --platform=$TARGETPLATFORM ${BASE_IMAGE}\n`;
  const { findings } = lintDockerfile({ text, rules: [rule], buildContext: { platforms: { engine: answer.engine, images: answer.images } } });
  assert.deepEqual(
    findings.map((f) => [f.range.start.line, f.message]),
    [[0, `Base image ${FOREIGN_IMAGE} was pulled with platform "linux/${FOREIGN_ARCHITECTURE}", expected "linux/${NATIVE_ARCHITECTURE}" for current build`]],
  );
});
