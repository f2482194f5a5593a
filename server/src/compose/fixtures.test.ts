// Berth's own Compose fixtures (test/fixtures/compose) use every key family of the Compose
// Specification the way real projects do: all of Berth's Compose rules must accept them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { ComposeContext } from './context';
import { DiskFileSystem } from '../fileSystem';
import { ComposeEnvironmentReader } from './environmentReader';
import { lintCompose } from './lint';

const FIXTURES = resolve(__dirname, '../../../test/fixtures/compose');

function composeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return composeFiles(path);
    return /^(?:docker-)?compose(?:\..+)?\.ya?ml$/.test(name) ? [path] : [];
  });
}

/** Files that are whole projects on their own; the others are parts (included, or needing an include's env file). */
const WITHOUT_ANY_FINDING = ['full/compose.yaml', 'full/docker-compose.prod.yml', 'anchors/compose.yaml', 'include/compose.yaml', 'include/compose.override.yaml'];

test('every fixture Compose file lints without an error, and whole projects without any finding', () => {
  const reader = new ComposeEnvironmentReader(new DiskFileSystem(), {});
  const files = composeFiles(FIXTURES);
  assert.ok(files.length >= 7, 'the fixtures are found');
  for (const path of files) {
    const text = readFileSync(path, 'utf8');
    const parsed = new ComposeContext(text);
    const result = lintCompose({ text, parsed, environment: reader.environment(parsed, path) });
    assert.deepEqual(result.failures, []);
    const name = relative(FIXTURES, path);
    const shown = result.findings.map((f) => `${name}:${f.range.start.line + 1} ${f.severity} ${f.code} ${f.message}`);
    assert.deepEqual(shown.filter((line) => / error /.test(line)), [], 'no errors');
    if (WITHOUT_ANY_FINDING.includes(name)) assert.deepEqual(shown, [], 'no findings');
  }
});
