import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_RULE_OPTIONS, DockerfileContext } from './context';
import { copyFromReferences, earlierStageNamed, foldStages, repeatedInStage, stageLineage } from './stages';

const parse = (text: string) => new DockerfileContext(text);

test('earlierStageNamed matches names case-insensitively and only before the given stage', () => {
  const file = parse('FROM alpine:3.20 AS Build\nFROM build\nFROM debian:12 AS late');
  assert.equal(earlierStageNamed(file, 'BUILD', 1)?.index, 0);
  assert.equal(earlierStageNamed(file, 'late', 1), undefined);
  assert.equal(earlierStageNamed(file, 'late', 3)?.index, 2);
});

test('stageLineage follows FROM <stage> back to the first stage built from an image', () => {
  const file = parse('FROM alpine:3.20 AS base\nFROM base AS deps\nFROM golang:1.23 AS other\nFROM deps AS final');
  assert.deepEqual(stageLineage(file, file.stages[3]).map((s) => s.name), ['final', 'deps', 'base']);
  assert.deepEqual(stageLineage(file, file.stages[2]).map((s) => s.name), ['other']);
});

test('foldStages hands each stage what its parent stage ended with, and images the initial value', () => {
  const file = parse('FROM alpine:3.20 AS base\nRUN a\nFROM base AS deps\nRUN b\nFROM debian:12\nRUN c');
  const ended = foldStages(file, 0, (stage, inherited) => inherited + stage.instructions.length);
  assert.deepEqual(file.stages.map((s) => ended.get(s)), [2, 4, 2]);
});

test('copyFromReferences resolves stage names, indexes, images, variables and self-references', () => {
  const file = parse(
    [
      'FROM alpine:3.20 AS build',
      'FROM alpine:3.20 AS app',
      'COPY --from=Build /a /a',
      'COPY --from=0 /a /a',
      'COPY --from=1 /a /a',
      'COPY --from=app /a /a',
      'COPY --from=nginx:1.27 /a /a',
      'COPY --from=ghcr.io/org/tool /a /a',
      'COPY --from=${TOOLS} /a /a',
      'COPY --from=missing /a /a',
      'COPY --from=5 /a /a',
      'COPY /plain /plain',
    ].join('\n'),
  );
  const kinds = copyFromReferences(file).map((r) => (r.source.kind === 'stage' ? `stage ${r.source.stage.index}` : r.source.kind));
  assert.deepEqual(kinds, ['stage 0', 'stage 0', 'self', 'self', 'image', 'image', 'variable', 'unknown', 'unknown']);
});

test('repeatedInStage returns the second and later instructions per stage, not across stages', () => {
  const file = parse('FROM alpine:3.20\nCMD a\nCMD b\nFROM alpine:3.20\nCMD c\nCMD d\nCMD e');
  assert.deepEqual(repeatedInStage(file, 'CMD').map((i) => i.getRange().start.line + 1), [3, 6, 7]);
});

test('the stage views are computed once per parse and shared by every settings view of it', () => {
  const file = parse('FROM alpine:3.20 AS build\nFROM alpine:3.20\nCOPY --from=build /a /a');
  const otherSettings = file.withEnvironment({ ...DEFAULT_RULE_OPTIONS, trustedRegistries: ['ghcr.io'] }, {});
  assert.equal(copyFromReferences(otherSettings), copyFromReferences(file));
});
