// What the explorer's actions ask of a real engine: lifecycle verbs, removal (force for running),
// a followed log read as Berth shows it, inspect, tag, prune, and the shell's bash-or-sh choice.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { LineSplitter, logLine } from '../../client/src/commands/containers/logText';
import type { Engine } from '../../client/src/engine/connect';
import { connectToHost } from '../support/engineConnection';
import { BASE_IMAGE, startDockerEngine, type DockerEngine } from '../support/dockerEngine';

let engine: DockerEngine;
let connection: Engine;

before(async () => {
  engine = await startDockerEngine();
  connection = connectToHost(engine.host);
});

after(async () => {
  connection?.dispose();
  await engine?.dispose();
});

async function state(id: string): Promise<string> {
  return (await engine.docker(['inspect', '--format', '{{.State.Status}}', id])).trim();
}

async function run(...args: string[]): Promise<string> {
  return (await engine.docker(['run', '-d', '--init', '--network', 'host', ...args])).trim();
}

test('stop, start, pause, unpause and restart change the container as the CLI sees it', async () => {
  const id = await run(BASE_IMAGE, 'sleep', '1d');
  await connection.containerAction('stop', id);
  assert.equal(await state(id), 'exited');
  await connection.containerAction('start', id);
  assert.equal(await state(id), 'running');
  await connection.containerAction('pause', id);
  assert.equal(await state(id), 'paused');
  await connection.containerAction('unpause', id);
  assert.equal(await state(id), 'running');
  const startedAt = (await engine.docker(['inspect', '--format', '{{.State.StartedAt}}', id])).trim();
  await connection.containerAction('restart', id);
  assert.notEqual((await engine.docker(['inspect', '--format', '{{.State.StartedAt}}', id])).trim(), startedAt);
});

test('a running container is refused without force, with the engine\'s reason, and removed with it', async () => {
  const id = await run(BASE_IMAGE, 'sleep', '1d');
  await assert.rejects(connection.remove('container', id), (error: Error & { kind?: string }) => error.kind === 'engine' && /running container/i.test(error.message));
  await connection.remove('container', id, { force: true });
  assert.equal((await engine.docker(['ps', '-aq', '--filter', `id=${id}`])).trim(), '');
});

test('a followed log arrives line by line with timestamps, colours stripped, stdout and stderr both', async () => {
  const script = 'printf "\\033[31mred\\033[0m\\n"; echo to-stderr >&2';
  const id = (await engine.docker(['run', '-d', '-i', '--init', '--network', 'host', BASE_IMAGE, 'sh', '-c', `${script}; sleep 1d`])).trim();
  const abort = new AbortController();
  const stream = await connection.logs(id, { follow: true }, abort.signal);
  const lines: string[] = [];
  const splitter = new LineSplitter();
  const seen = (text: string) => new Promise<void>((resolve) => {
    const check = () => {
      if (!lines.some((line) => line.endsWith(text))) return;
      stream.off('data', onData);
      resolve();
    };
    const onData = () => check();
    stream.on('data', onData);
    check();
  });
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => lines.push(...splitter.push(chunk).map(logLine)));
  await seen('to-stderr');
  // Written after the log was opened: only a followed stream sees it.
  const attach = spawnSync('docker', ['exec', id, 'sh', '-c', 'echo later > /proc/1/fd/1'], { env: engine.env });
  assert.equal(attach.status, 0, attach.stderr?.toString());
  await seen('later');
  abort.abort();
  // stdout and stderr written in the same millisecond may come in either order.
  assert.ok(lines.some((line) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z red$/.test(line)), lines.join('\n'));
  assert.ok(lines.some((line) => / to-stderr$/.test(line)));
  assert.ok(lines.every((line) => !line.includes('\x1b')));
});

test('inspect returns the engine\'s JSON; tag adds a name; removing a tag leaves the image', async () => {
  const image = (await connection.inspect('image', BASE_IMAGE)) as { Id: string };
  await connection.tagImage(image.Id, 'berth-test/tagged', 'v1');
  assert.equal(((await connection.inspect('image', 'berth-test/tagged:v1')) as { Id: string }).Id, image.Id);
  await connection.remove('image', 'berth-test/tagged:v1');
  await assert.rejects(connection.inspect('image', 'berth-test/tagged:v1'), /No such image/);
  assert.equal(((await connection.inspect('image', BASE_IMAGE)) as { Id: string }).Id, image.Id);
});

test('prune removes dangling images and unused volumes, and says how many', async () => {
  const { busyboxRootfsTar } = await import('../support/busyboxRootfs');
  const dangling = (await engine.docker(['import', '--change', 'LABEL prune=me', '-'], await busyboxRootfsTar())).trim();
  const images = await connection.prune('image');
  assert.ok(images.removed >= 1);
  await assert.rejects(connection.inspect('image', dangling), /No such image/);
  await engine.docker(['volume', 'create', 'unused']);
  const volumes = await connection.prune('volume');
  assert.ok(volumes.removed >= 1);
  assert.equal((await engine.docker(['volume', 'ls', '-q'])).trim(), '');
});

test('the shell runs sh where the image has no bash', async () => {
  const { shellArguments } = await import('../../client/src/commands/containers/shellArguments');
  const id = await run(BASE_IMAGE, 'sleep', '1d');
  // The terminal passes -it; here stdin is a pipe, so -i alone, and the shell is asked what it is.
  const args = shellArguments(id).map((arg) => (arg === '-it' ? '-i' : arg));
  const result = spawnSync('docker', args, { env: engine.env, input: 'readlink /proc/$$/exe\nexit\n', encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
  assert.equal(result.stdout.trim(), '/bin/busybox');
});
