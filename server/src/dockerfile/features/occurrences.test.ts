import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DockerfileContext } from '../context';
import { occurrenceIndex, prepareOccurrenceIndex } from './occurrences';
import { where } from './featureTesting';

const THREE_STAGES = [
  'ARG BASE=alpine:3.20',
  'FROM ${BASE} AS build',
  'ARG MODE=release',
  'RUN make $MODE',
  'FROM build AS test',
  'ENV CI=1',
  'RUN make check CI=$CI',
  'FROM ${BASE}',
  'COPY --from=build /out /out',
].join('\n');

const summary = (file: DockerfileContext) => occurrenceIndex(file).occurrences.map((o) => `${o.symbol} ${o.name} ${where(o.range)}${o.declaration ? ' declared' : ''}`);

test('the index is built a stage at a time, asking between steps whether to go on', async () => {
  const file = new DockerfileContext(THREE_STAGES);
  let asked = 0;
  assert.equal(
    await prepareOccurrenceIndex(file, async () => {
      asked++;
      return true;
    }),
    true,
  );
  assert.equal(asked, file.stages.length, 'one pause before each stage');
});

test('a build told to stop stops there, and the next one goes on from it to the same index as one built at once', async () => {
  const file = new DockerfileContext(THREE_STAGES);
  let asked = 0;
  assert.equal(await prepareOccurrenceIndex(file, async () => ++asked < 2), false);
  assert.equal(asked, 2, 'no pause after the stop');
  let askedAgain = 0;
  await prepareOccurrenceIndex(file, async () => {
    askedAgain++;
    return true;
  });
  assert.equal(asked + askedAgain, file.stages.length, 'the steps done before the stop are not done again');
  assert.deepEqual(summary(file), summary(new DockerfileContext(THREE_STAGES)));
});

test('an index already built is ready without a pause', async () => {
  const file = new DockerfileContext(THREE_STAGES);
  occurrenceIndex(file);
  assert.equal(await prepareOccurrenceIndex(file, async () => assert.fail('paused')), true);
});
