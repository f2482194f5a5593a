import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EngineEvent } from '../engine/events';
import { changesServiceState, containerState, serviceStates, type ServiceContainer } from './serviceStates';

function container(service: string, State: string, Status: string, options: { project?: string; name?: string; oneoff?: boolean } = {}): ServiceContainer {
  const Labels: Record<string, string> = { 'com.docker.compose.project': options.project ?? 'shop', 'com.docker.compose.service': service };
  if (options.oneoff) Labels['com.docker.compose.oneoff'] = 'True';
  return { Labels, State, Status, Names: [`/${options.name ?? `shop_${service}_1`}`] };
}

test('one container: its state, its health while it has a health check, its exit code once exited', () => {
  assert.equal(containerState({ State: 'running', Status: 'Up 5 seconds' }), 'running');
  assert.equal(containerState({ State: 'running', Status: 'Up 2 minutes (healthy)' }), 'healthy');
  assert.equal(containerState({ State: 'running', Status: 'Up 2 minutes (unhealthy)' }), 'unhealthy');
  assert.equal(containerState({ State: 'running', Status: 'Up 1 second (health: starting)' }), 'starting');
  assert.equal(containerState({ State: 'exited', Status: 'Exited (137) 3 minutes ago' }), 'exited (137)');
  assert.equal(containerState({ State: 'exited', Status: '' }), 'exited');
  assert.equal(containerState({ State: 'paused', Status: 'Up 4 minutes (Paused)' }), 'paused');
  assert.equal(containerState({ State: 'created', Status: 'Created' }), 'created');
});

test('each service named gets a state; one without containers is not created', () => {
  const states = serviceStates([container('web', 'running', 'Up 3 seconds'), container('db', 'exited', 'Exited (0) 1 minute ago')], new Set(['shop']), ['web', 'db', 'cache']);
  assert.deepEqual([...states].map(([name, state]) => [name, state.text]), [['web', 'running'], ['db', 'exited (0)'], ['cache', 'not created']]);
  assert.deepEqual(states.get('web')!.details, ['shop_web_1: Up 3 seconds']);
  assert.deepEqual(states.get('cache')!.details, []);
});

test('a scaled service counts its containers per state, what needs a look first', () => {
  const states = serviceStates(
    [
      container('web', 'running', 'Up 3 seconds', { name: 'shop_web_1' }),
      container('web', 'exited', 'Exited (1) 2 seconds ago', { name: 'shop_web_2' }),
      container('web', 'running', 'Up 3 seconds', { name: 'shop_web_3' }),
      container('worker', 'running', 'Up 1 minute (healthy)', { name: 'shop_worker_1' }),
      container('worker', 'running', 'Up 1 minute (healthy)', { name: 'shop_worker_2' }),
    ],
    new Set(['shop']),
    ['web', 'worker'],
  );
  assert.equal(states.get('web')!.text, '1 exited (1), 2 running');
  assert.equal(states.get('worker')!.text, '2 healthy');
  assert.deepEqual(states.get('web')!.details, ['shop_web_1: Up 3 seconds', 'shop_web_2: Exited (1) 2 seconds ago', 'shop_web_3: Up 3 seconds']);
});

test('containers of other projects, one-off run containers and unlabelled ones do not count', () => {
  const states = serviceStates(
    [
      container('web', 'running', 'Up 3 seconds', { project: 'other' }),
      container('web', 'exited', 'Exited (0) 1 second ago', { oneoff: true }),
      { Labels: {}, State: 'running', Status: 'Up 1 hour' },
      container('unknown-service', 'running', 'Up 1 hour'),
    ],
    new Set(['shop']),
    ['web'],
  );
  assert.equal(states.get('web')!.text, 'not created');
  assert.equal(states.size, 1);
});

test("a project's containers count under each label it may carry (as Compose v2 and v1 spell it)", () => {
  const states = serviceStates(
    [container('web', 'running', 'Up 3 seconds', { project: 'site', name: 'site-web-1' }), container('web', 'exited', 'Exited (0) 1 second ago', { project: '_site', name: '_site_web_1' })],
    new Set(['site', '_site']),
    ['web'],
  );
  assert.equal(states.get('web')!.text, '1 exited (0), 1 running');
});

test('only container events that change a state, of a project shown, call for a new look', () => {
  const event = (action: string, project = 'shop', type = 'container'): EngineEvent => ({ type, action, id: 'c1', attributes: { 'com.docker.compose.project': project } });
  const shown = new Set(['shop']);
  for (const action of ['create', 'start', 'die', 'destroy', 'health_status', 'pause']) assert.equal(changesServiceState(event(action), shown), true, action);
  // a health check's exec every few seconds must not re-list
  for (const action of ['exec_create', 'exec_start', 'exec_die', 'attach', 'resize']) assert.equal(changesServiceState(event(action), shown), false, action);
  assert.equal(changesServiceState(event('start', 'other'), shown), false);
  assert.equal(changesServiceState(event('destroy', 'shop', 'volume'), shown), false);
});
