import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Copy, From, Onbuild, Run, type Argument, type Instruction } from 'dockerfile-ast';
import { instructionArguments, instructionWords, parseDockerfile } from './parse';

const words = (args: Argument[]) => args.map((a) => a.getValue());
const ranges = (args: Argument[]) => args.map((a) => a.getRange());

test('words read once per instruction come back whole on every call, flags dropped each time', () => {
  const [run, copy] = parseDockerfile(
    ['RUN --mount=type=cache,target=/var/cache/apt \\', '  # a comment inside the continuation', '  apt-get install -y curl', 'COPY --chown=app --from=build /src /dst'].join('\n'),
  ).getInstructions() as [Run, Copy];
  // ModifiableInstruction shifts its flags off the list it gets: a shared list would lose a word per call.
  for (let call = 0; call < 3; call++) {
    assert.deepEqual(words(run.getArguments()), ['apt-get', 'install', '-y', 'curl']);
    assert.deepEqual(words(copy.getArguments()), ['/src', '/dst']);
  }
  assert.deepEqual(
    run.getFlags().map((f) => [f.getName(), f.getValue()]),
    [['mount', 'type=cache,target=/var/cache/apt']],
  );
  assert.deepEqual(ranges(run.getArguments()).map((r) => [r.start.line, r.start.character]), [[2, 2], [2, 10], [2, 18], [2, 21]]);
  assert.deepEqual(copy.getArgumentsRange(), { start: { line: 3, character: 30 }, end: { line: 3, character: 39 } });
});

test('a caller changing the list it got does not change what the next caller gets', () => {
  const [run] = parseDockerfile('RUN make -C /src install').getInstructions();
  run.getArguments().splice(0, 2);
  assert.deepEqual(words(run.getArguments()), ['make', '-C', '/src', 'install']);
});

test('an ONBUILD builds its trigger once, so caches keyed on the trigger hold', () => {
  const [onbuild] = parseDockerfile('ONBUILD RUN make \\\n  install').getInstructions() as [Onbuild];
  const trigger = onbuild.getTriggerInstruction();
  assert.ok(trigger instanceof Run);
  assert.equal(onbuild.getTriggerInstruction(), trigger);
  assert.deepEqual(words(trigger.getArguments()), ['make', 'install']);
  assert.equal((parseDockerfile('ONBUILD').getInstructions()[0] as Onbuild).getTriggerInstruction(), null);
});

test('variables read once per instruction come back whole on every call', () => {
  const [, tagged, digested, label] = parseDockerfile("ARG TAG=1\nFROM registry:5000/app:${TAG}\nFROM ${REG:-x:1}/app@sha256:abc\nLABEL a='$QUOTED' b=$PLAIN c=${TAG}").getInstructions() as [Instruction, From, From, Instruction];
  // LABEL drops the variables inside single quotes by splicing the list it gets: a shared list would shrink per call.
  for (let call = 0; call < 3; call++) {
    assert.deepEqual(label.getVariables().map((v) => v.getName()), ['PLAIN', 'TAG']);
    assert.deepEqual(digested.getVariables().map((v) => v.getName()), ['REG']);
  }
  // FROM finds the tag's colon and the digest's @ outside variables (`${REG:-x:1}` has colons of its own).
  assert.equal(tagged.getImageTag(), '${TAG}');
  assert.equal(digested.getImageTag(), null);
  assert.equal(digested.getImageDigest(), 'sha256:abc');
});

test("FROM's image name and registry leave the image's range and words as they were", () => {
  const [from] = parseDockerfile('FROM docker.io/library/alpine:3.20@sha256:abc AS base').getInstructions() as [From];
  const whole = { start: { line: 0, character: 5 }, end: { line: 0, character: 45 } };
  assert.equal(from.getImageName(), 'library/alpine');
  assert.equal(from.getRegistry(), 'docker.io');
  assert.deepEqual(from.getImageRange(), whole);
  assert.deepEqual(from.getArguments()[0].getRange(), whole);
  assert.equal(from.getImage(), 'docker.io/library/alpine:3.20@sha256:abc');
});

test('the shared word lists: every word, or the words after the flags, the same list on every call', () => {
  const [run] = parseDockerfile('run --network=none make \\\n  install').getInstructions() as [Run];
  assert.deepEqual(words([...instructionWords(run)]), ['--network=none', 'make', 'install']);
  assert.deepEqual(words([...instructionArguments(run)]), ['make', 'install']);
  assert.equal(instructionWords(run), instructionWords(run));
  assert.equal(instructionArguments(run), instructionArguments(run));
  // Reading them leaves what getArguments hands out as it was.
  assert.deepEqual(words(run.getArguments()), ['make', 'install']);
  assert.equal(run.getKeyword(), 'RUN');
  assert.equal(run.getKeyword(), 'RUN');
});
