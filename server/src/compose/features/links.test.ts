import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ComposeContext } from '../context';
import { testEnvironment } from '../ruleTesting';
import { documentLinks } from './links';

test('links go from paths to the files they name: Dockerfiles (through the build context), env, extends and included files', () => {
  const text = 'include:\n  - ./db.yaml\nservices:\n  web:\n    build: ./web\n    env_file: [web.env, missing.env]\n    extends:\n      file: base.yaml\n      service: base\n  api:\n    build:\n      context: api\n      dockerfile: Dockerfile.dev\n';
  const parsed = new ComposeContext(text);
  const files = { 'db.yaml': 'services: {}\n', 'web/Dockerfile': 'FROM x', 'web.env': '', 'base.yaml': 'services: {}\n', 'api/Dockerfile.dev': 'FROM y' };
  const file = parsed.withEnvironment(testEnvironment(parsed, { files })!);
  const links = documentLinks(file).map((l) => [file.document.getText(l.range), l.target]);
  assert.deepEqual(links, [
    ['./web', 'file:///project/web/Dockerfile'],
    ['web.env', 'file:///project/web.env'],
    ['base.yaml', 'file:///project/base.yaml'],
    ['Dockerfile.dev', 'file:///project/api/Dockerfile.dev'],
    ['./db.yaml', 'file:///project/db.yaml'],
  ]);
  assert.deepEqual(documentLinks(parsed), []);
});
