import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatAge, formatBytes, formatMemory, markdownText } from './format';

test('sizes as docker images prints them, memory as docker stats does', () => {
  assert.deepEqual([0, 999, 1_980_000, 1_234_567_890].map(formatBytes), ['0 B', '999 B', '1.98 MB', '1.23 GB']);
  assert.deepEqual([512, 25_480_000].map(formatMemory), ['512 B', '24.3 MiB']);
});

test('ages in words; nothing for no time', () => {
  const now = Date.UTC(2024, 5, 1);
  assert.equal(formatAge(now - 500, now), 'just now');
  assert.equal(formatAge(now - 61_000, now), '1 minute ago');
  assert.equal(formatAge(now - 3 * 86_400_000, now), '3 days ago');
  assert.equal(formatAge(now - 400 * 86_400_000, now), '1 year ago');
  assert.equal(formatAge(0, now), undefined);
});

test('names with Markdown characters show as written', () => {
  assert.equal(markdownText('my_app*[1]'), 'my\\_app\\*\\[1\\]');
});
