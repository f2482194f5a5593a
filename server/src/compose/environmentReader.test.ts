import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ComposeContext } from './context';
import { ComposeEnvironmentReader } from './environmentReader';
import { MemoryFileSystem } from './ruleTesting';

const COMPOSE = 'services:\n  app:\n    build: ./app\n';

test('the parses of the Dockerfiles a Compose file builds are kept while the text is the same, until forgotten', () => {
  const reader = new ComposeEnvironmentReader(new MemoryFileSystem({ '/p/app/Dockerfile': 'FROM alpine\n' }), {});
  const file = new ComposeContext(COMPOSE);
  const dockerfile = () => reader.environment(file, '/p/compose.yaml').dockerfiles.get('/p/app/Dockerfile');
  const first = dockerfile();
  assert.equal(first?.text, 'FROM alpine\n');
  assert.equal(dockerfile(), first);
  reader.forgetParses();
  const again = dockerfile();
  assert.notEqual(again, first);
  assert.equal(again?.text, 'FROM alpine\n');
});
