import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseEvent } from './events';

test('events read from Type/Action/Actor, the health status folded into its action', () => {
  const line = JSON.stringify({ Type: 'container', Action: 'health_status: unhealthy', Actor: { ID: 'abc', Attributes: { name: 'web', image: 'nginx', exitCode: 0 } }, time: 1 });
  assert.deepEqual(parseEvent(line), { type: 'container', action: 'health_status', id: 'abc', attributes: { name: 'web', image: 'nginx' } });
});

test('old engines\' status/id events are container events; anything else is no event', () => {
  assert.deepEqual(parseEvent('{"status":"die","id":"abc","from":"busybox"}'), { type: 'container', action: 'die', id: 'abc', attributes: {} });
  for (const junk of ['', 'not json', '[]', 'null', '{"Type":"container"}']) assert.equal(parseEvent(junk), undefined, junk);
});
