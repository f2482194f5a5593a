import { test } from 'node:test';
import assert from 'node:assert/strict';
import { currentStatus, humanDuration, parseDuration } from './status';

const SECOND = 1_000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

test('durations in the engine\'s words, both ways', () => {
  const cases: [number, string][] = [
    [0, 'Less than a second'], [SECOND, '1 second'], [15 * SECOND, '15 seconds'], [MINUTE, 'About a minute'],
    [5 * MINUTE, '5 minutes'], [HOUR, 'About an hour'], [3 * HOUR, '3 hours'], [3 * DAY, '3 days'],
    [3 * 7 * DAY, '3 weeks'], [3 * 30 * DAY, '3 months'], [3 * 365 * DAY, '3 years'],
  ];
  for (const [ms, words] of cases) {
    assert.equal(humanDuration(ms), words);
    assert.equal(parseDuration(words), ms);
  }
  // The engine's boundaries: 119 s is still about a minute, 47 hours still hours.
  assert.equal(humanDuration(119 * SECOND), 'About a minute');
  assert.equal(humanDuration(47 * HOUR), '47 hours');
  assert.equal(parseDuration('Up 5 minutes'), undefined);
});

test('a status read earlier is carried forward to now; one without a duration is kept', () => {
  const read = 1_000_000;
  assert.equal(currentStatus('Up 15 seconds', read, read + 2 * MINUTE), 'Up 2 minutes');
  assert.equal(currentStatus('Up 2 hours (healthy)', read, read + DAY), 'Up 26 hours (healthy)');
  assert.equal(currentStatus('Exited (137) Less than a second ago', read, read + 40 * SECOND), 'Exited (137) 40 seconds ago');
  assert.equal(currentStatus('Up About a minute (Paused)', read, read + 3 * MINUTE), 'Up 4 minutes (Paused)');
  assert.equal(currentStatus('Created', read, read + HOUR), 'Created');
  assert.equal(currentStatus('Up 15 seconds', read, read), 'Up 15 seconds');
});
