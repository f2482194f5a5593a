import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actionFailedMessage, SshTransportError, toEngineError } from './errors';

const failure = (code: string, message = code) => Object.assign(new Error(message), { code });

test('connection failures read as one sentence: endpoint, cause, what to do', () => {
  assert.equal(toEngineError(failure('EACCES'), 'unix:///var/run/docker.sock').message,
    'Cannot reach the Docker engine at unix:///var/run/docker.sock: permission denied (is your user in the docker group?). Start Docker, pick a context, or set berth.docker.host.');
  assert.equal(toEngineError(failure('ECONNREFUSED'), 'tcp://h:2375').reason, 'connection refused');
  assert.match(toEngineError(failure('DEPTH_ZERO_SELF_SIGNED_CERT', 'self-signed certificate'), 'tcp://h:2376').reason, /^TLS failed \(self-signed certificate\)/);
  assert.equal(toEngineError(new SshTransportError('Permission denied (publickey).'), 'ssh://h').reason, 'ssh failed: Permission denied (publickey).');
});

test('the engine\'s own refusals keep its words; actions name the object', () => {
  const refused = toEngineError(Object.assign(new Error('(HTTP code 409) conflict'), { statusCode: 409, json: { message: 'You cannot remove a running container abc. Stop the container before attempting removal or force remove' } }), 'unix:///x');
  assert.equal(refused.kind, 'engine');
  assert.equal(actionFailedMessage('remove', 'container web-1', refused), 'Could not remove container web-1: You cannot remove a running container abc. Stop the container before attempting removal or force remove.');
  assert.match(actionFailedMessage('stop', 'container web-1', toEngineError(failure('ENOENT'), 'unix:///x')), /^Could not stop container web-1\. Cannot reach the Docker engine at unix:\/\/\/x: no such socket\./);
});
