import { test } from 'node:test';
import assert from 'node:assert/strict';
import { UpMemory, type ChoiceStore, type RememberedUp } from './upMemory';

const FILE = 'file:///shop/compose.yaml';

function memoryStore(): ChoiceStore & { values: Map<string, unknown> } {
  const values = new Map<string, unknown>();
  return { values, get: <T>(key: string) => values.get(key) as T | undefined, update: async (key, value) => void values.set(key, value) };
}

/** An `ask` that answers `answer` and records the defaults it was offered. */
function user(answer: RememberedUp | undefined) {
  const offered: RememberedUp[] = [];
  return { offered, ask: async (last: RememberedUp) => (offered.push(last), answer) };
}

test("the user's picks are remembered per file and offered as the next Up's defaults", async () => {
  const memory = new UpMemory(memoryStore());
  const first = user({ profiles: ['debug'], services: ['web'], build: true });
  assert.deepEqual(await memory.choose(FILE, undefined, first.ask), { profiles: ['debug'], services: ['web'], build: true });
  assert.deepEqual(first.offered, [{ profiles: [], services: [], build: false }]);
  const second = user({ profiles: [], services: [], build: false });
  await memory.choose(FILE, undefined, second.ask);
  assert.deepEqual(second.offered, [{ profiles: ['debug'], services: ['web'], build: true }]);
  assert.deepEqual(memory.last('file:///other/compose.yaml'), { profiles: [], services: [], build: false });
});

test('an Up given its options runs them as given, asks nothing and forgets nothing', async () => {
  const store = memoryStore();
  const memory = new UpMemory(store);
  await memory.choose(FILE, undefined, user({ profiles: ['debug'], services: [], build: false }).ask);
  const lens = user(undefined);
  const given = { profiles: ['tools'], services: ['shell'], build: false };
  assert.deepEqual(await memory.choose(FILE, given, lens.ask), given);
  assert.deepEqual(lens.offered, []);
  // Restart, Logs and the next interactive Up still see what the user picked
  assert.deepEqual(memory.last(FILE), { profiles: ['debug'], services: [], build: false });
  assert.equal(store.values.size, 1);
});

test('a dismissed question runs nothing and keeps the last choices', async () => {
  const memory = new UpMemory(memoryStore());
  await memory.choose(FILE, undefined, user({ profiles: [], services: ['db'], build: false }).ask);
  assert.equal(await memory.choose(FILE, undefined, user(undefined).ask), undefined);
  assert.deepEqual(memory.last(FILE).services, ['db']);
});
