import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Engine } from './connect';
import { reportImagePlatforms } from './imagePlatforms';

const notFound = () => Promise.reject(Object.assign(new Error('No such image'), { statusCode: 404 }));

function fakeEngine(images: Record<string, object>, version: () => Promise<object> = async () => ({ Os: 'linux', Arch: 'amd64' })) {
  const inspected: string[] = [];
  const engine = {
    version,
    inspect: (kind: string, name: string) => {
      assert.equal(kind, 'image');
      inspected.push(name);
      return name in images ? Promise.resolve(images[name]) : notFound();
    },
  } as unknown as Engine;
  return { engine, inspected };
}

test('the engine\'s platform and each image it has, as it reports them; images it lacks are left out', async () => {
  const { engine } = fakeEngine({ alpine: { Os: 'linux', Architecture: 'arm64', Variant: 'v8' }, busybox: { Os: 'linux', Architecture: 'amd64', Variant: '' } });
  assert.deepEqual(await reportImagePlatforms(engine, ['alpine', 'busybox', 'missing:1']), {
    engine: { os: 'linux', architecture: 'amd64' },
    images: { alpine: { os: 'linux', architecture: 'arm64', variant: 'v8' }, busybox: { os: 'linux', architecture: 'amd64' } },
  });
});

test('no engine, a failing one or a slow one: an answer with nothing in it, not an error', async () => {
  assert.deepEqual(await reportImagePlatforms(undefined, ['alpine']), { images: {} });
  const failing = fakeEngine({}, () => Promise.reject(new Error('connect ENOENT')));
  assert.deepEqual(await reportImagePlatforms(failing.engine, ['alpine']), { images: {} });
  const slow = fakeEngine({}, () => new Promise(() => undefined));
  slow.engine.inspect = () => new Promise(() => undefined);
  assert.deepEqual(await reportImagePlatforms(slow.engine, ['alpine'], 10), { images: {} });
});

test('what the server sends is looked up only as far as it makes sense: strings, once each, a bounded number', async () => {
  const { engine, inspected } = fakeEngine({});
  await reportImagePlatforms(engine, ['a', 'a', 7, '', ...Array.from({ length: 100 }, (_, i) => `image-${i}`)]);
  assert.equal(inspected.length, 32);
  assert.deepEqual(inspected.slice(0, 2), ['a', 'image-0']);
  const again = fakeEngine({});
  assert.deepEqual(await reportImagePlatforms(again.engine, 'alpine'), { engine: { os: 'linux', architecture: 'amd64' }, images: {} });
  assert.deepEqual(again.inspected, []);
});
