import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, assertFlags, rangeText } from '../../lint/ruleTesting';
import { rule } from './UnknownFlag';

test('UnknownFlag flags flags the instruction does not take, with a suggestion', () => {
  const text = 'FROM alpine\nADD --from=build /a /b\nCOPY --chwon=app:app a /b\nRUN --FROM=x true\nADD --parents a /b/';
  const findings = assertFlags(rule, text, [2, 3, 4, 5]);
  assert.deepEqual(findings.map((f) => rangeText(text, f)), ['--from', '--chwon', '--FROM', '--parents']);
  assert.match(findings[1].message, /did you mean `--chown`\?/);
});

test('UnknownFlag reads flags on instructions that take none, such as CMD and WORKDIR', () => {
  const text = 'FROM alpine\nCMD --help\nWORKDIR --parents /app\nONBUILD RUN --cache x';
  const findings = assertFlags(rule, text, [2, 3, 4]);
  assert.match(findings[0].message, /CMD takes no flags/);
  assert.equal(rangeText(text, findings[2]), '--cache');
});

test('UnknownFlag is silent on known flags, after `--`, on flags the builder never reads, and on exec-form words', () => {
  assertClean(
    rule,
    [
      'FROM --platform=linux/arm64 alpine',
      'COPY --from=build --chown=1:1 --chmod=755 --link --parents --exclude=*.md a /b/',
      'ADD --checksum=sha256:abc --keep-git-dir --unpack=false --exclude=x https://example.com/a.tgz /a',
      'RUN --mount=type=cache,target=/c --network=none --security=sandbox --device=gpu true',
      'HEALTHCHECK --interval=5s --timeout=1s --start-period=1s --start-interval=1s --retries=3 CMD true',
      'HEALTHCHECK --whatever NONE',
      'ARG --ignored NAME',
      'STOPSIGNAL --ignored SIGTERM',
      'COPY -- --weird-file /x',
      'CMD ["--help"]',
      'RUN echo --not-a-flag',
    ].join('\n'),
  );
});
