import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mountProblems } from './mountOptions';

const messages = (mount: string) => mountProblems(mount).map((p) => p.message);

test('mountProblems accepts what the builder accepts', () => {
  for (const ok of ['target=/x', 'type=cache,target=/x,sharing=PRIVATE', 'type=secret,id=a,required', 'type=tmpfs,target=/t,size=1.5GiB', 'type=bind,"source=a,b",target=/x']) {
    assert.deepEqual(messages(ok), [], ok);
  }
});

test('mountProblems reports each refused option with its offsets', () => {
  const [problem] = mountProblems('type=cache,target=/x,bogus=1');
  assert.deepEqual([problem.start, problem.end], [21, 28]);
  assert.match(problem.message, /`bogus` is not a mount option/);
  assert.match(messages('type=cache,')[0], /stray comma/);
  assert.match(messages('')[0], /no options/);
  assert.match(messages('type=secret,source=a,id=b')[0], /not both/);
  assert.match(messages('type=secret,target=/s,from=x')[0], /cannot take `from`/);
  assert.match(messages('type=ssh,ro=maybe')[0], /true or false/);
  assert.match(messages('type=cache,uid=-1')[0], /numeric id/);
});
