import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const CLI = resolve(__dirname, '../../dist/cli.js');
const GOLANG_TUTORIAL = 'FROM golang:latest\nWORKDIR /app\nCOPY main.go.\nCMD ["go", "run", "./main.go"]\n';
const CLEAN = 'FROM golang:1.23\nWORKDIR /app\nCOPY main.go ./\nCMD ["go", "run", "./main.go"]\n';
let dir: string;

function berth(args: string[], options: { cwd?: string; input?: string } = {}) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: options.cwd ?? dir, input: options.input, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'berth-cli-'));
  mkdirSync(join(dir, 'app'));
  mkdirSync(join(dir, 'node_modules/pkg'), { recursive: true });
  writeFileSync(join(dir, 'app/Dockerfile'), GOLANG_TUTORIAL);
  writeFileSync(join(dir, 'app/Containerfile'), CLEAN);
  writeFileSync(join(dir, 'app/web.dockerfile'), 'FROM debian:latest\n');
  writeFileSync(join(dir, 'app/Dockerfile.dockerignore'), 'node_modules\n');
  writeFileSync(join(dir, 'node_modules/pkg/Dockerfile'), 'FROM skipped:latest\n');
  writeFileSync(join(dir, 'clean.Dockerfile'), CLEAN);
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('text output names file, 1-based position, severity and code; exit 1 on findings', () => {
  const { code, stdout } = berth(['lint', 'app/Dockerfile']);
  assert.equal(code, 1);
  assert.match(stdout, /^app\/Dockerfile:1:13 warning DL3007 /m);
});

test('exit 0 when nothing reaches the threshold', () => {
  const { code, stdout } = berth(['lint', 'clean.Dockerfile', '--failure-threshold', 'warning']);
  assert.doesNotMatch(stdout, / (error|warning) /);
  assert.equal(code, 0);
});

test('folders are searched for Dockerfiles, skipping node_modules and ignore files', () => {
  const { stdout } = berth(['lint', '.', '--format', 'json', '--failure-threshold', 'none']);
  const files = new Set((JSON.parse(stdout) as { file: string }[]).map((f) => f.file));
  assert.ok(files.has('app/Dockerfile'));
  assert.ok(files.has('app/web.dockerfile'));
  assert.ok(![...files].some((f) => f.includes('node_modules')), 'node_modules is skipped');
  assert.ok(![...files].some((f) => f.endsWith('.dockerignore')), 'ignore files are not Dockerfiles');
});

test('JSON rows have the documented fields, 1-based', () => {
  const { stdout } = berth(['lint', 'app/Dockerfile', '--format', 'json']);
  const rows = JSON.parse(stdout) as Record<string, unknown>[];
  const dl3007 = rows.find((r) => r.code === 'DL3007');
  assert.deepEqual(dl3007, {
    file: 'app/Dockerfile',
    line: 1,
    column: 13,
    endLine: 1,
    endColumn: 19,
    code: 'DL3007',
    aliases: [],
    severity: 'warning',
    message: dl3007?.message,
  });
  assert.equal(typeof dl3007?.message, 'string');
});

test('standard input is linted with -', () => {
  const { code, stdout } = berth(['lint', '-', '--format', 'json'], { input: 'FROM ubuntu:latest\n' });
  assert.equal(code, 1);
  assert.ok((JSON.parse(stdout) as { file: string; code: string }[]).some((r) => r.file === '-' && r.code === 'DL3007'));
});

test('--ignore silences a code; --failure-threshold decides the exit code', () => {
  assert.doesNotMatch(berth(['lint', 'app/Dockerfile', '--ignore', 'DL3007']).stdout, /DL3007/);
  const onlyWarnings = 'FROM ubuntu:latest\n';
  writeFileSync(join(dir, 'warn.Dockerfile'), onlyWarnings);
  const lint = (threshold: string) => berth(['lint', 'warn.Dockerfile', '--failure-threshold', threshold, '--ignore', 'DL3057']);
  const levels = JSON.parse(berth(['lint', 'warn.Dockerfile', '--format', 'json', '--ignore', 'DL3057']).stdout).map((r: { severity: string }) => r.severity);
  assert.ok(!levels.includes('error'), `fixture has no errors: ${levels}`);
  assert.equal(lint('error').code, 0);
  assert.equal(lint('warning').code, 1);
  assert.equal(lint('none').code, 0);
});

test('--config takes a .hadolint.yaml; its failure-threshold applies', () => {
  const config = join(dir, 'strict.yaml');
  writeFileSync(config, 'ignored: [DL3007]\nfailure-threshold: error\n');
  const { stdout } = berth(['lint', 'app/Dockerfile', '--config', config]);
  assert.doesNotMatch(stdout, /DL3007/);
});

test('a config that does not parse is reported on stderr and linting goes on', () => {
  const config = join(dir, 'broken.yaml');
  writeFileSync(config, 'ignored: [DL3007\n');
  const { stdout, stderr } = berth(['lint', 'app/Dockerfile', '--config', config]);
  assert.match(stderr, /broken\.yaml: not valid YAML/);
  assert.match(stdout, /DL3007/);
});

test('usage errors exit 2', () => {
  assert.equal(berth(['lint', '--format', 'xml', 'app']).code, 2);
  assert.equal(berth(['lint', '--bogus']).code, 2);
  assert.equal(berth(['lint', 'no/such/file']).code, 2);
  assert.equal(berth(['frobnicate']).code, 2);
  assert.equal(berth(['lint', '--failure-threshold', 'fatal']).code, 2);
});

test('SARIF output passes Microsoft\'s SARIF validator with no errors or warnings', async () => {
  const { stdout } = berth(['lint', 'app', '--format', 'sarif']);
  const log = JSON.parse(stdout);
  assert.equal(log.version, '2.1.0');
  assert.ok(log.runs[0].results.some((r: { ruleId: string }) => r.ruleId === 'DL3007'));
  const sarifFile = join(dir, 'berth.sarif');
  const validation = join(dir, 'validation.sarif');
  writeFileSync(sarifFile, stdout);
  const multitool = resolve(__dirname, '../../node_modules/.bin/sarif-multitool');
  await promisify(execFile)(multitool, ['validate', sarifFile, '--output', validation], { timeout: 120_000 });
  const findings = JSON.parse(readFileSync(validation, 'utf8')).runs[0].results as { ruleId: string; level?: string; message: { text: string } }[];
  const problems = findings.filter((f) => f.level !== 'note');
  assert.deepEqual(problems.map((p) => `${p.ruleId}: ${p.message.text}`), []);
});
