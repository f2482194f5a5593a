import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cliEnvironment, parseHost, resolveEndpoint } from './endpoint';
import { currentContextName, readContexts, useContext } from './contexts';

function withConfigDir(run: (configDir: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'berth-contexts-'));
  try {
    run(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function writeContext(configDir: string, name: string, host: string, options: { tls?: boolean; skipTlsVerify?: boolean } = {}): void {
  const digest = createHash('sha256').update(name).digest('hex');
  const meta = join(configDir, 'contexts/meta', digest);
  mkdirSync(meta, { recursive: true });
  writeFileSync(join(meta, 'meta.json'), JSON.stringify({ Name: name, Metadata: { Description: `${name} engine` }, Endpoints: { docker: { Host: host, SkipTLSVerify: options.skipTlsVerify ?? false } } }));
  if (options.tls) {
    const tls = join(configDir, 'contexts/tls', digest, 'docker');
    mkdirSync(tls, { recursive: true });
    writeFileSync(join(tls, 'ca.pem'), '');
  }
}

test('berth.docker.host wins over DOCKER_HOST and contexts', () => {
  const endpoint = resolveEndpoint({ hostSetting: ' tcp://10.0.0.1:2375 ', env: { DOCKER_HOST: 'unix:///x.sock', DOCKER_CONTEXT: 'other' }, platform: 'linux' });
  assert.deepEqual([endpoint.host, endpoint.source, endpoint.tls], ['tcp://10.0.0.1:2375', 'setting', undefined]);
});

test('DOCKER_HOST takes TLS from DOCKER_TLS_VERIFY and DOCKER_CERT_PATH', () => {
  const endpoint = resolveEndpoint({ hostSetting: '', env: { DOCKER_HOST: 'tcp://h:2376', DOCKER_TLS_VERIFY: '1', DOCKER_CERT_PATH: '/certs', DOCKER_CONTEXT: 'other' }, platform: 'linux' });
  assert.deepEqual(endpoint, { host: 'tcp://h:2376', source: 'DOCKER_HOST', context: undefined, tls: { verify: true, dir: '/certs' } });
  const unverified = resolveEndpoint({ hostSetting: '', env: { DOCKER_HOST: 'tcp://h', DOCKER_TLS: '1', HOME: '/home/u' }, platform: 'linux' });
  assert.deepEqual(unverified.tls, { verify: false, dir: '/home/u/.docker' });
});

test('the current context comes from DOCKER_CONTEXT, else config.json, with its TLS folder', () => {
  withConfigDir((configDir) => {
    writeContext(configDir, 'remote', 'tcp://remote:2376', { tls: true });
    writeContext(configDir, 'local', 'unix:///run/local.sock');
    writeFileSync(join(configDir, 'config.json'), JSON.stringify({ currentContext: 'local', auths: {} }));
    const env = { DOCKER_CONFIG: configDir };
    assert.equal(currentContextName(env, configDir), 'local');
    assert.deepEqual(resolveEndpoint({ hostSetting: '', env, platform: 'linux' }), { host: 'unix:///run/local.sock', source: 'context', context: 'local', tls: undefined });
    const remote = resolveEndpoint({ hostSetting: '', env: { ...env, DOCKER_CONTEXT: 'remote' }, platform: 'linux' });
    assert.equal(remote.context, 'remote');
    assert.equal(remote.tls?.verify, true);
    assert.match(remote.tls?.dir ?? '', /contexts\/tls\/[0-9a-f]{64}\/docker$/);
    assert.deepEqual(readContexts(configDir).map((c) => [c.name, c.host, c.description]), [
      ['local', 'unix:///run/local.sock', 'local engine'],
      ['remote', 'tcp://remote:2376', 'remote engine'],
    ]);
  });
});

test('no context and no DOCKER_HOST: the default socket; a missing current context is an error with a way out', () => {
  withConfigDir((configDir) => {
    assert.equal(resolveEndpoint({ hostSetting: '', env: { DOCKER_CONFIG: configDir }, platform: 'linux' }).host, 'unix:///var/run/docker.sock');
    assert.equal(resolveEndpoint({ hostSetting: '', env: { DOCKER_CONFIG: configDir }, platform: 'win32' }).host, 'npipe:////./pipe/docker_engine');
    assert.throws(() => resolveEndpoint({ hostSetting: '', env: { DOCKER_CONFIG: configDir, DOCKER_CONTEXT: 'gone' }, platform: 'linux' }), /"gone" is not in .*docker context use default/);
  });
});

test('useContext sets currentContext as `docker context use` does and keeps other keys', () => {
  withConfigDir((configDir) => {
    writeContext(configDir, 'local', 'unix:///run/local.sock');
    writeFileSync(join(configDir, 'config.json'), JSON.stringify({ auths: { 'registry.example': {} }, currentContext: 'x' }));
    useContext(configDir, 'local');
    assert.deepEqual(JSON.parse(readFileSync(join(configDir, 'config.json'), 'utf8')), { auths: { 'registry.example': {} }, currentContext: 'local' });
    useContext(configDir, 'default');
    assert.deepEqual(JSON.parse(readFileSync(join(configDir, 'config.json'), 'utf8')), { auths: { 'registry.example': {} } });
    assert.throws(() => useContext(configDir, 'missing'), /does not exist/);
  });
});

test('parseHost reads every scheme the CLI accepts and refuses the rest in words', () => {
  assert.deepEqual(parseHost('unix:///var/run/docker.sock', false), { kind: 'socket', path: '/var/run/docker.sock' });
  assert.deepEqual(parseHost('npipe:////./pipe/docker_engine', false), { kind: 'socket', path: '//./pipe/docker_engine' });
  assert.deepEqual(parseHost('tcp://127.0.0.1', true), { kind: 'tcp', hostname: '127.0.0.1', port: 2376 });
  assert.deepEqual(parseHost('tcp://[::1]:2375', false), { kind: 'tcp', hostname: '::1', port: 2375 });
  assert.deepEqual(parseHost('localhost:2375', false), { kind: 'tcp', hostname: 'localhost', port: 2375 });
  assert.deepEqual(parseHost('ssh://me@box:2222', false), { kind: 'ssh', user: 'me', hostname: 'box', port: 2222 });
  assert.deepEqual(parseHost('ssh://box', false), { kind: 'ssh', user: undefined, hostname: 'box', port: undefined });
  assert.throws(() => parseHost('fd://', false), /fd:\/\/ scheme is not supported/);
  assert.throws(() => parseHost('tcp://h:99999', false), /invalid port/);
  assert.throws(() => parseHost('ssh://box/path', false), /no path/);
});

test('terminals reach the same engine: the context by name, else DOCKER_HOST and its TLS variables', () => {
  assert.deepEqual(cliEnvironment({ host: 'unix:///x', source: 'context', context: 'local', tls: undefined }).DOCKER_CONTEXT, 'local');
  assert.deepEqual(cliEnvironment({ host: 'tcp://h:2376', source: 'setting', context: undefined, tls: { verify: true, dir: '/c' } }), {
    DOCKER_HOST: 'tcp://h:2376', DOCKER_CONTEXT: null, DOCKER_TLS_VERIFY: '1', DOCKER_TLS: null, DOCKER_CERT_PATH: '/c',
  });
});
