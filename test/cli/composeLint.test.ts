import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const CLI = resolve(__dirname, '../../dist/cli.js');
let dir: string;

function berth(args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, TAG: '1.27' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'berth-cli-compose-'));
  mkdirSync(join(dir, 'app/web'), { recursive: true });
  writeFileSync(join(dir, 'app/web/Dockerfile'), 'FROM nginx:1.27 AS runtime\n');
  writeFileSync(join(dir, 'app/compose.yaml'), 'version: "3.8"\nservices:\n  web:\n    build:\n      context: ./web\n      target: prod\n    image: nginx:${TAG}\n');
  writeFileSync(join(dir, 'app/docker-compose.override.yml'), 'services:\n  web:\n    ports: ["8080:80"]\n');
  writeFileSync(join(dir, 'notes.yaml'), 'not: a compose file\n');
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('Compose files found in folders are linted, with the disk around them and the shell environment', () => {
  const { code, stdout } = berth(['lint', '.']);
  assert.equal(code, 1);
  assert.deepEqual(stdout.trim().split('\n').map((l) => l.split(' ').slice(0, 3).join(' ')), ['app/compose.yaml:1:1 warning ObsoleteVersion', 'app/compose.yaml:6:15 error BuildTargetNotAStage']);
});

test('JSON and SARIF describe Compose findings like Dockerfile ones', () => {
  const rows = JSON.parse(berth(['lint', 'app/compose.yaml', '--format', 'json']).stdout) as Record<string, unknown>[];
  assert.deepEqual(rows[1], {
    file: 'app/compose.yaml',
    line: 6,
    column: 15,
    endLine: 6,
    endColumn: 19,
    code: 'BuildTargetNotAStage',
    aliases: [],
    severity: 'error',
    message: 'Build target `prod` is not a stage of the Dockerfile of service `web`: its stages are `runtime`',
  });
  const sarif = JSON.parse(berth(['lint', 'app', '--format', 'sarif']).stdout);
  const rules = sarif.runs[0].tool.driver.rules as { id: string; helpUri: string }[];
  assert.deepEqual(rules.map((r) => r.id), ['BuildTargetNotAStage', 'ObsoleteVersion']);
  assert.match(rules[0].helpUri, /docs\/rules\/BuildTargetNotAStage\.md$/);
});

test('--ignore silences Compose codes too', () => {
  const { code, stdout } = berth(['lint', 'app', '--ignore', 'ObsoleteVersion,BuildTargetNotAStage']);
  assert.equal(stdout, '');
  assert.equal(code, 0);
});

test('a YAML file named on the command line is linted as Compose, whatever its name; folders find only Compose names', () => {
  writeFileSync(join(dir, 'app/common.yml'), 'services:\n  base:\n    image: nginx:1.27\n    depends_on: [cache]\n');
  const named = berth(['lint', 'app/common.yml', '--format', 'json']);
  assert.deepEqual((JSON.parse(named.stdout) as { code: string }[]).map((f) => f.code), ['UndefinedService']);
  const searched = berth(['lint', 'app', '--format', 'json']);
  assert.ok(!(JSON.parse(searched.stdout) as { file: string }[]).some((f) => f.file.endsWith('common.yml')));
});
