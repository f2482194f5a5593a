import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LineSplitter, logLine } from './logText';

test('colours and cursor codes are stripped; nanosecond timestamps shortened to milliseconds', () => {
  assert.equal(logLine('2024-06-01T10:20:30.123456789Z \x1b[32mINFO\x1b[0m ready'), '2024-06-01T10:20:30.123Z INFO ready');
  assert.equal(logLine('2024-06-01T10:20:30Z \x1b]0;title\x07plain'), '2024-06-01T10:20:30.000Z plain');
});

test('a progress line rewritten with carriage returns keeps its last state', () => {
  assert.equal(logLine('2024-06-01T10:20:30.5Z  10%\r 50%\r100%\r'), '2024-06-01T10:20:30.500Z 100%');
  assert.equal(logLine('no timestamp'), 'no timestamp');
});

test('lines split across chunks come out whole', () => {
  const lines = new LineSplitter();
  assert.deepEqual(lines.push('a\nb'), ['a']);
  assert.deepEqual(lines.push('c\nd\n'), ['bc', 'd']);
  assert.deepEqual(lines.push('tail'), []);
  assert.deepEqual(lines.flush(), ['tail']);
});
