import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chooseBuilder, parseVersionFacts, type VersionFacts } from './builder';

const linux = (client: string, components = ['Engine']): VersionFacts => ({ client, serverOs: 'linux', components });

test('buildx when installed; BuildKit built into a CLI before 23; classic for a newer CLI without buildx', () => {
  assert.equal(chooseBuilder(linux('28.2.2'), true, 'auto'), 'buildx');
  assert.equal(chooseBuilder(linux('20.10.24+dfsg1'), false, 'auto'), 'buildkit');
  assert.equal(chooseBuilder(linux('28.2.2'), false, 'auto'), 'classic');
});

test('Windows engines and Podman build with the classic builder even with buildx installed', () => {
  assert.equal(chooseBuilder({ client: '27.0.1', serverOs: 'windows', components: ['Engine'] }, true, 'auto'), 'classic');
  assert.equal(chooseBuilder(linux('20.10.24', ['Podman Engine', 'Conmon']), false, 'auto'), 'classic');
});

test('the setting forces the classic builder, or asks for BuildKit and says why it cannot have it', () => {
  assert.equal(chooseBuilder(linux('28.2.2'), true, 'classic'), 'classic');
  assert.equal(chooseBuilder(linux('20.10.24'), false, 'buildkit'), 'buildkit');
  assert.throws(() => chooseBuilder(linux('28.2.2'), false, 'buildkit'), /only through the buildx plugin/);
  assert.throws(() => chooseBuilder(linux('28.2.2', ['Podman Engine']), true, 'buildkit'), /only the classic builder/);
});

test("docker version's JSON is read; anything else is undefined", () => {
  const json = JSON.stringify({ Client: { Version: '20.10.24' }, Server: { Os: 'linux', Components: [{ Name: 'Engine' }, { Name: 'containerd' }] } });
  assert.deepEqual(parseVersionFacts(json), { client: '20.10.24', serverOs: 'linux', components: ['Engine', 'containerd'] });
  assert.deepEqual(parseVersionFacts(JSON.stringify({ Client: { Version: '28.2.2' }, Server: null })), { client: '28.2.2', serverOs: '', components: [] });
  assert.equal(parseVersionFacts('Cannot connect'), undefined);
});
