// Build Image against a private engine, driven through the same modules the command uses: the
// builder is detected from the installed CLIs, a build produces its tag, a failing step is found in
// BuildKit's and the classic builder's real output and mapped to its line as the language server
// maps it, build args and --target reach the builder, and cancelling stops the build.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { detectBuilder, type Builder } from '../../client/src/commands/images/builder';
import { startBuild, type BuildResult, type BuildRun } from '../../client/src/commands/images/buildRunner';
import type { BuildSettings } from '../../client/src/commands/images/buildSettings';
import { DockerfileContext } from '../../server/src/dockerfile/context';
import { locateBuildFailure } from '../../server/src/dockerfile/build';
import { BASE_IMAGE, startDockerEngine, type DockerEngine } from '../support/dockerEngine';

/** Debian's 20.10 CLI builds with BuildKit built in; the 28.x CLI without buildx has only the classic builder. */
const BUILDKIT_CLI = '/usr/bin/docker';
const CLASSIC_CLI = '/usr/local/bin/docker';
const BUILDERS: { builder: Builder; docker: string }[] = [
  { builder: 'buildkit', docker: BUILDKIT_CLI },
  { builder: 'classic', docker: existsSync(CLASSIC_CLI) ? CLASSIC_CLI : BUILDKIT_CLI },
];

let engine: DockerEngine;
let scratch: string;

before(async () => {
  engine = await startDockerEngine();
  scratch = mkdtempSync(join(tmpdir(), 'berth-build-test-'));
});

after(async () => {
  await engine?.dispose();
  rmSync(scratch, { recursive: true, force: true });
});

let contexts = 0;
/** A build context holding a Dockerfile with `text`. */
function context(text: string): { dir: string; dockerfile: string } {
  const dir = join(scratch, `context-${contexts++}`);
  const dockerfile = join(dir, 'Dockerfile');
  mkdirSync(dir);
  writeFileSync(dockerfile, text);
  return { dir, dockerfile };
}

function build(settings: Omit<BuildSettings, 'network'>, builder: Builder, docker: string): Promise<BuildResult> & { output: () => string } {
  let output = '';
  const run = startBuild({ ...settings, network: 'none' }, { docker, env: engine.env, builder, onOutput: (_stream, text) => (output += text) });
  return Object.assign(run.result, { output: () => output });
}

test('the builder is detected from the CLI: BuildKit built into 20.10, classic for a newer CLI without buildx', async () => {
  assert.equal(await detectBuilder(BUILDKIT_CLI, engine.env), 'buildkit');
  if (existsSync(CLASSIC_CLI)) assert.equal(await detectBuilder(CLASSIC_CLI, engine.env), 'classic');
  assert.equal(await detectBuilder(BUILDKIT_CLI, engine.env, 'classic'), 'classic');
});

test('detection names the engine problem when the CLI cannot reach it', async () => {
  await assert.rejects(detectBuilder(BUILDKIT_CLI, { ...engine.env, DOCKER_HOST: `unix://${scratch}/missing.sock` }), /missing\.sock|Cannot connect/);
});

for (const { builder, docker } of BUILDERS) {
  test(`${builder}: a build produces the tagged image`, async () => {
    const { dir, dockerfile } = context(`FROM ${BASE_IMAGE}\nRUN echo built > /built\n`);
    const tag = `berth-test/built-${builder}:1`;
    const result = build({ dockerfile, context: dir, tag }, builder, docker);
    const { outcome, imageId } = await result;
    assert.equal(outcome, 'succeeded', result.output());
    assert.match(imageId ?? '', /^sha256:[0-9a-f]{64}$/);
    assert.equal((await engine.docker(['image', 'inspect', '--format', '{{.Id}}', tag])).trim(), imageId);
  });

  test(`${builder}: a build failing on line 4 is reported on line 4`, async () => {
    const text = `FROM ${BASE_IMAGE}\nWORKDIR /app\nRUN echo first step\nRUN echo about to fail && exit 3\nRUN echo never\n`;
    const { dir, dockerfile } = context(text);
    const result = build({ dockerfile, context: dir, tag: `berth-test/failing-${builder}:1` }, builder, docker);
    const { outcome, failure } = await result;
    assert.equal(outcome, 'failed', result.output());
    assert.ok(failure?.point, `a failure point in:\n${result.output()}`);
    const range = locateBuildFailure(new DockerfileContext(text), failure.point);
    assert.equal(range?.start.line, 3, `point ${JSON.stringify(failure.point)} maps to line 4`);
    assert.match(failure.message, /exit code: 3|non-zero code: 3/);
    assert.ok(failure.output.some((line) => line.includes('about to fail')), `the step's output: ${JSON.stringify(failure.output)}`);
  });

  test(`${builder}: a Dockerfile that does not parse is reported on the bad line`, async () => {
    const text = `FROM ${BASE_IMAGE}\nRUN true\nRUNN false\n`;
    const { dir, dockerfile } = context(text);
    const { outcome, failure } = await build({ dockerfile, context: dir, tag: `berth-test/unparsed-${builder}:1` }, builder, docker);
    assert.equal(outcome, 'failed');
    assert.deepEqual(failure?.point, { kind: 'line', line: 3 });
    assert.match(failure.message, /unknown instruction/i);
  });

  test(`${builder}: build args and the target stage reach the builder`, async () => {
    const text = [
      `FROM ${BASE_IMAGE} AS base`,
      'ARG GREETING=hello',
      'RUN echo "$GREETING" > /greeting',
      'FROM base AS final',
      'RUN echo final > /final',
    ].join('\n');
    const { dir, dockerfile } = context(text);
    const tag = `berth-test/target-${builder}:1`;
    const result = build({ dockerfile, context: dir, tag, target: 'base', buildArgs: { GREETING: 'bonjour' } }, builder, docker);
    assert.equal((await result).outcome, 'succeeded', result.output());
    const files = await engine.docker(['run', '--rm', '--network', 'none', tag, 'sh', '-c', 'cat /greeting; ls /final 2>/dev/null || echo no-final']);
    assert.deepEqual(files.trim().split('\n'), ['bonjour', 'no-final']);
  });
}

test('cancelling stops a running build and says so', async () => {
  const { dir, dockerfile } = context(`FROM ${BASE_IMAGE}\nRUN echo sleeping && sleep 60\n`);
  let run!: BuildRun;
  const sleeping = new Promise<void>((resolve) => {
    run = startBuild({ dockerfile, context: dir, tag: 'berth-test/cancelled:1', network: 'none' }, {
      docker: BUILDKIT_CLI,
      env: engine.env,
      builder: 'buildkit',
      onOutput: (_stream, text) => {
        if (text.includes('sleeping')) resolve();
      },
    });
  });
  await sleeping;
  const began = Date.now();
  run.cancel();
  assert.equal((await run.result).outcome, 'cancelled');
  assert.ok(Date.now() - began < 10_000, 'the build stops well before its 60 s step ends');
});

for (const { builder, docker } of BUILDERS) {
  test(`${builder}: an engine killed mid-build ends the build at once, saying the engine went away, with no step blamed`, async () => {
    // An engine of its own: this one is killed.
    const doomed = await startDockerEngine();
    try {
      const { dir, dockerfile } = context(`FROM ${BASE_IMAGE}\nRUN echo sleeping && sleep 30\n`);
      let output = '';
      let killed: Promise<number> | undefined;
      const run = startBuild({ dockerfile, context: dir, tag: `berth-test/vanished-${builder}:1`, network: 'none' }, {
        docker,
        env: doomed.env,
        builder,
        onOutput: (_stream, text) => {
          output += text;
          // The step's own output line (the instruction's text also contains the word).
          if (!killed && /sleeping\r?$/m.test(output)) killed = doomed.killDaemon().then(() => Date.now());
        },
      });
      const { outcome, failure } = await run.result;
      const ended = Date.now();
      assert.ok(killed, `the step started before the build ended:\n${output}`);
      assert.ok(ended - (await killed) < 10_000, 'the build ends well before its 30 s step would');
      assert.equal(outcome, 'failed');
      assert.equal(failure?.engineLost, true, JSON.stringify(failure));
      assert.equal(failure.point, undefined, 'no step is blamed, so no diagnostic is placed');
      assert.match(failure.message, new RegExp(`^The Docker engine went away during the build \\(.*${doomed.socketPath.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}.*\\)\\. Start the engine again and rebuild: berth-test/vanished-${builder}:1 was not built\\.`));
      assert.doesNotMatch(failure.message, /\n\s+at /, 'no stack');
      assert.equal(/stopped intermediate container/.test(failure.message), builder === 'classic', 'the classic builder leaves its step container');
    } finally {
      await doomed.dispose();
    }
  });
}
