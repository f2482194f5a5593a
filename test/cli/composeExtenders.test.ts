import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const CLI = resolve(__dirname, '../../dist/cli.js');
const FIXTURE = resolve(__dirname, '../fixtures/compose-multi');
let dir: string;

interface Row {
  file: string;
  line: number;
  code: string;
  message: string;
}

function lint(...paths: string[]): { code: number | null; rows: Row[] } {
  const result = spawnSync(process.execPath, [CLI, 'lint', '--format', 'json', ...paths], { cwd: dir, encoding: 'utf8' });
  return { code: result.status, rows: JSON.parse(result.stdout) as Row[] };
}

const FRAGMENT = 'services:\n  base:\n    image: nginx:1.27\n    volumes: [cache:/var/cache/nginx]\n    networks: [front]\n';
const extending = (file: string, declared: string) => `services:\n  web:\n    extends:\n      file: ${file}\n      service: base\n${declared}`;

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'berth-cli-extenders-'));
  mkdirSync(join(dir, 'shared'));
  mkdirSync(join(dir, 'alone'));
  mkdirSync(join(dir, 'apps/api'), { recursive: true });
  writeFileSync(join(dir, 'shared/common.yaml'), FRAGMENT);
  // In the fragment's parent folder: declares the volume but not the network.
  writeFileSync(join(dir, 'compose.yaml'), extending('shared/common.yaml', 'volumes:\n  cache:\n'));
  writeFileSync(join(dir, 'alone/common.yaml'), FRAGMENT);
  // Two folders away from its fragment: seen only when linted too.
  writeFileSync(join(dir, 'apps/api/compose.yaml'), extending('../../alone/common.yaml', 'volumes:\n  cache:\nnetworks:\n  front:\n'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('the fixture’s fragment lints clean: compose.yaml beside it extends it and declares its volume', () => {
  const result = lint(join(FIXTURE, 'common.yaml'));
  assert.deepEqual(result.rows, []);
  assert.equal(result.code, 0);
});

test('an extender in the parent folder resolves what it declares; what it does not is reported, naming it', () => {
  const { code, rows } = lint('shared/common.yaml');
  assert.deepEqual(rows.map((r) => `${r.file}:${r.line} ${r.code}`), ['shared/common.yaml:5 UndefinedNetwork']);
  assert.equal(rows[0].message, 'Service `base` refers to undefined network `front`; `../compose.yaml` (service `web`) extends `base` without declaring `front`');
  assert.equal(code, 1);
});

test('a fragment with no extender in sight is reported, saying the extending file must declare the names; an extender linted with it counts', () => {
  const alone = lint('alone/common.yaml');
  assert.deepEqual(alone.rows.map((r) => r.code), ['UndefinedVolume', 'UndefinedNetwork']);
  assert.match(alone.rows[0].message, /; if this file is meant to be extended, the extending file must declare `cache`$/);
  const withExtender = lint('alone/common.yaml', 'apps');
  assert.deepEqual(withExtender.rows, []);
  assert.equal(withExtender.code, 0);
});
