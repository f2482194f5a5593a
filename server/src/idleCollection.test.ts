import { afterEach, beforeEach, describe, mock, test } from 'node:test';
import assert from 'node:assert/strict';
import { IdleCollector } from './idleCollection';

const MB = 1024 * 1024;

/** A heap whose committed size the test sets, and a collection that brings it back to `live`. */
function fakeHeap(live: number) {
  const heap = { size: live, collections: 0 };
  const collect = () => {
    heap.collections++;
    heap.size = live;
  };
  return { heap, collector: new IdleCollector(collect, { heapSize: () => heap.size, idleMs: 1000, growthBytes: 4 * MB }) };
}

// Fake timers only inside this suite: the unit tests share one process, and top-level hooks would
// fake the timers of every test loaded after this file.
describe('IdleCollector', () => {
  beforeEach(() => mock.timers.enable({ apis: ['setTimeout'] }));
  afterEach(() => mock.timers.reset());

  test('once the server has been idle a while after the heap grew, it collects once', () => {
    const { heap, collector } = fakeHeap(10 * MB);
    collector.activity();
    heap.size = 120 * MB;
    mock.timers.tick(999);
    assert.equal(heap.collections, 0);
    mock.timers.tick(1);
    assert.equal(heap.collections, 1);
    mock.timers.tick(10_000);
    assert.equal(heap.collections, 1);
  });

  test('each message starts the idle wait again', () => {
    const { heap, collector } = fakeHeap(10 * MB);
    heap.size = 120 * MB;
    collector.activity();
    mock.timers.tick(800);
    collector.activity();
    mock.timers.tick(800);
    assert.equal(heap.collections, 0);
    mock.timers.tick(200);
    assert.equal(heap.collections, 1);
  });

  test('a heap that grew less than the threshold since the last collection is left to V8', () => {
    const { heap, collector } = fakeHeap(10 * MB);
    heap.size = 13 * MB;
    collector.activity();
    mock.timers.tick(1000);
    assert.equal(heap.collections, 0);
    // Growth counts from the last collection, not from the last idle moment.
    heap.size = 15 * MB;
    collector.activity();
    mock.timers.tick(1000);
    assert.equal(heap.collections, 1);
  });

  test('growth counts from a heap V8 shrank by itself', () => {
    const { heap, collector } = fakeHeap(20 * MB);
    heap.size = 12 * MB;
    collector.activity();
    mock.timers.tick(1000);
    heap.size = 17 * MB;
    collector.activity();
    mock.timers.tick(1000);
    assert.equal(heap.collections, 1);
  });

  test('once disposed, nothing runs', () => {
    const { heap, collector } = fakeHeap(10 * MB);
    heap.size = 120 * MB;
    collector.activity();
    collector.dispose();
    mock.timers.tick(5000);
    assert.equal(heap.collections, 0);
  });
});
