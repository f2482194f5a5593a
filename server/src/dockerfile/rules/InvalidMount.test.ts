import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, assertFlags, rangeText } from '../../lint/ruleTesting';
import { rule } from './InvalidMount';

test('InvalidMount points at the option the builder refuses', () => {
  const text = 'FROM alpine\nRUN --mount=type=cache,target=/c,sharing=exclusive true\nRUN --mount=type=volume,target=/v true\nRUN --mount=type=bind,target=/b,mode=0644 true';
  const findings = assertFlags(rule, text, [2, 3, 4]);
  assert.deepEqual(findings.map((f) => rangeText(text, f)), ['sharing=exclusive', 'type=volume', 'mode=0644']);
});

test('InvalidMount follows the builder: options are read in order against the type known so far', () => {
  const text = 'FROM alpine\nRUN --mount=required,type=secret,id=npm true\nRUN --mount=type=tmpfs,size=64x,target=/t true\nRUN --mount=type=secret true\nRUN --mount=target=/x,cache true\nRUN --mount=type=cache,target=/c,from=${STAGE}x true';
  const findings = assertFlags(rule, text, [2, 3, 4, 5, 6]);
  assert.equal(rangeText(text, findings[0]), 'required');
  assert.match(findings[2].message, /needs an `id`/);
  assert.equal(rangeText(text, findings[3]), 'cache');
});

test('InvalidMount reads quoted values as the builder does, pointing at the whole value', () => {
  const text = 'FROM alpine\nRUN --mount="type=cache,target=/c,uid=abc" true';
  const [finding] = assertFlags(rule, text, [2]);
  assert.equal(rangeText(text, finding), '"type=cache,target=/c,uid=abc"');
});

test('InvalidMount is silent on well-formed mounts and on values left to the build', () => {
  assertClean(
    rule,
    [
      'FROM alpine',
      'RUN --mount=type=cache,target=/root/.cache,id=go,sharing=locked,mode=0755,uid=1000,gid=1000 true',
      'RUN --mount=type=bind,from=build,source=/out,target=/in,rw true',
      'RUN --mount=type=secret,id=npm,required,env=NPM_TOKEN --mount=type=ssh,required=true true',
      'RUN --mount=type=tmpfs,target=/tmp,size=64m --mount=target=/src,ro true',
      'RUN --mount=type=$TYPE,target=/x,mode=$MODE true',
      'RUN --mount="type=bind,source=a,target=/b" true',
      'ONBUILD RUN --mount=type=cache,target=/c true',
    ].join('\n'),
  );
});
