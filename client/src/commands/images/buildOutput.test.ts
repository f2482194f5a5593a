import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BuildOutputReader } from './buildOutput';

const FIXTURES = join(__dirname, '../../../../test/fixtures/build-output');

/** Feeds a recorded build's stdout and stderr in small chunks, as a pipe delivers them. */
function read(name: string, dockerfileName = 'Dockerfile', target?: string): BuildOutputReader {
  const reader = new BuildOutputReader(dockerfileName, target);
  for (const stream of ['stdout', 'stderr'] as const) {
    let text = '';
    try {
      text = readFileSync(join(FIXTURES, `${name}.${stream}`), 'utf8');
    } catch {
      continue; // the recording has no output on this stream
    }
    for (let at = 0; at < text.length; at += 37) reader.push(stream, text.slice(at, at + 37));
  }
  return reader;
}

test("the classic builder's failure is its last Step, its stderr error and the step's output", () => {
  const reader = read('classic');
  assert.equal(reader.progress, 'step 4/6');
  assert.deepEqual(reader.failure(), {
    point: { kind: 'step', step: 4 },
    message: "The command '/bin/sh -c echo about to fail  && exit 3' returned a non-zero code: 3",
    output: ['about to fail'],
  });
});

test("BuildKit 0.8's failure is the vertex that printed ERROR, with its stage, step, text and output", () => {
  const reader = read('buildkit-0.8');
  assert.equal(reader.progress, 'base 4/4');
  assert.deepEqual(reader.failure(), {
    point: { kind: 'vertex', stage: 'base', step: 4, text: 'RUN echo about to fail  && exit 3' },
    message: 'executor failed running [/bin/sh -c echo about to fail  && exit 3]: exit code: 3',
    output: ['about to fail'],
  });
});

test("recent BuildKit's Dockerfile:N wins over the vertex; a platform before the stage is skipped", () => {
  const reader = read('buildx', 'Dockerfile.dev');
  assert.equal(reader.progress, 'build 3/3');
  const failure = reader.failure();
  assert.deepEqual(failure.point, { kind: 'line', line: 4 });
  assert.equal(failure.message, 'process "/bin/sh -c echo about to fail   && exit 3" did not complete successfully: exit code: 3');
});

test('a vertex without a stage carries the build target for the server to resolve', () => {
  const reader = new BuildOutputReader('Dockerfile', 'test');
  reader.push('stderr', '#5 [2/3] RUN false\n#5 ERROR: executor failed running [/bin/sh -c false]: exit code: 1\n');
  assert.deepEqual(reader.failure().point, { kind: 'vertex', stage: undefined, step: 2, text: 'RUN false', target: 'test' });
});

test('a parse error names its line for both builders; a failure naming no step has no point', () => {
  const buildkit = new BuildOutputReader('Dockerfile');
  buildkit.push('stderr', 'failed to solve with frontend dockerfile.v0: failed to create LLB definition: dockerfile parse error line 3: unknown instruction: RUNN\n');
  assert.deepEqual(buildkit.failure().point, { kind: 'line', line: 3 });
  const classic = new BuildOutputReader('Dockerfile');
  classic.push('stderr', 'Error response from daemon: dockerfile parse error on line 12: unknown instruction: RUNN');
  const failure = classic.failure();
  assert.deepEqual(failure.point, { kind: 'line', line: 12 });
  assert.match(failure.message, /unknown instruction: RUNN$/);
  const daemon = new BuildOutputReader('Dockerfile');
  daemon.push('stderr', 'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\n');
  assert.deepEqual(daemon.failure(), { point: undefined, message: 'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?', output: [] });
});

test('terminal escapes and carriage returns do not hide a step', () => {
  const reader = new BuildOutputReader('Dockerfile');
  reader.push('stdout', '\x1b[1mStep 2/3 : RUN make\x1b[0m\r\n');
  assert.equal(reader.progress, 'step 2/3');
});
