import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildArguments, buildProblem, defaultTag, dockerfileProblem, isInside, platformProblem, settingsProblem, tagProblem } from './buildSettings';

test('valid image references pass', () => {
  for (const tag of ['myapp', 'myapp:latest', 'org/my-app:1.0.0', 'localhost:5000/team/app:dev', 'ghcr.io/org/app:v1_2', 'a__b.c-d']) {
    assert.equal(tagProblem(tag), undefined, tag);
  }
});

test('spaces and shell metacharacters get a clear message naming them', () => {
  assert.match(tagProblem('my app:1')!, /cannot contain spaces/);
  assert.match(tagProblem('app;rm -rf /')!, /cannot contain/);
  assert.match(tagProblem('app$(id)')!, /cannot contain "\$"/);
  assert.match(tagProblem('app`id`')!, /cannot contain "`"/);
  assert.match(tagProblem('app|x')!, /cannot contain "\|"/);
});

test('upper case, bad tags, digests and empty parts are refused with the reason', () => {
  assert.match(tagProblem('MyApp')!, /lower-case/);
  assert.match(tagProblem('app:-bad')!, /not a valid tag/);
  assert.match(tagProblem('app@sha256:abc')!, /digest/);
  assert.match(tagProblem('org//app')!, /empty part/);
  assert.match(tagProblem('')!, /Enter an image name/);
});

test('the default tag is the folder name made valid, with :latest', () => {
  assert.equal(defaultTag('/work/My Service/Dockerfile'), 'my-service:latest');
  assert.equal(defaultTag('/work/api/Dockerfile.dev'), 'api:latest');
  assert.equal(defaultTag('/___/Dockerfile'), 'image:latest');
});

test('isInside tells a context inside the workspace from one outside', () => {
  assert.equal(isInside('/ws/app', '/ws'), true);
  assert.equal(isInside('/ws', '/ws'), true);
  assert.equal(isInside('/other', '/ws'), false);
  assert.equal(isInside('/ws-2/app', '/ws'), false);
});

test('build arguments: one array entry per value, plain progress and --load only where the builder takes them', () => {
  const settings = { dockerfile: '/ws/Dockerfile', context: '/ws', tag: 'app:1', target: 'build', buildArgs: { A: 'x y', B: '$(id)' }, platform: 'linux/arm64' };
  assert.deepEqual(buildArguments(settings, 'classic', '/tmp/iid'), [
    'build', '--file', '/ws/Dockerfile', '--tag', 'app:1', '--iidfile', '/tmp/iid', '--target', 'build',
    '--build-arg', 'A=x y', '--build-arg', 'B=$(id)', '--platform', 'linux/arm64', '/ws',
  ]);
  const buildx = buildArguments(settings, 'buildx', '/tmp/iid');
  assert.deepEqual(buildx.slice(-4), ['--progress', 'plain', '--load', '/ws']);
  assert.deepEqual(buildArguments(settings, 'buildkit', '/tmp/iid').slice(-3), ['--progress', 'plain', '/ws']);
});

test('settings problems: relative paths, bad build-arg names and platforms', () => {
  const ok = { dockerfile: '/ws/Dockerfile', context: '/ws', tag: 'app:1' };
  assert.equal(settingsProblem(ok), undefined);
  assert.match(settingsProblem({ ...ok, context: 'ws' })!, /absolute/);
  assert.match(settingsProblem({ ...ok, buildArgs: { 'A B': '1' } })!, /not a build argument name/);
  assert.match(settingsProblem({ ...ok, platform: 'arm64' })!, /not a platform/);
  assert.equal(platformProblem('linux/amd64,linux/arm/v7'), undefined);
});

test('a Dockerfile or build context missing on disk stops the build with its path and what to correct', () => {
  const folder = mkdtempSync(join(tmpdir(), 'berth-build-paths-'));
  try {
    const dockerfile = join(folder, 'Dockerfile');
    writeFileSync(dockerfile, 'FROM scratch\n');
    assert.equal(buildProblem({ dockerfile, context: folder, tag: 'app:1' }), undefined);
    const gone = join(folder, 'deleted', 'Dockerfile');
    assert.equal(dockerfileProblem(gone), buildProblem({ dockerfile: gone, context: folder, tag: 'app:1' }));
    assert.match(dockerfileProblem(gone)!, new RegExp(`^The Dockerfile ${gone} does not exist .*correct the "dockerfile" path`));
    assert.match(dockerfileProblem(folder)!, /is not a file: give the path of the Dockerfile itself/);
    const noContext = join(folder, 'no-such-folder');
    assert.match(buildProblem({ dockerfile, context: noContext, tag: 'app:1' })!, new RegExp(`^The build context folder ${noContext} does not exist.*correct the "context" path`));
    assert.match(buildProblem({ dockerfile, context: dockerfile, tag: 'app:1' })!, /is not a folder/);
    // What is wrong with the settings themselves comes first.
    assert.match(buildProblem({ dockerfile: gone, context: folder, tag: 'App' })!, /lower-case/);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
