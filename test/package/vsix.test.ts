// Packages the extension as a release does (`npm run package`) and holds the .vsix to what runs.
// It packages a copy of the project, so the working tree's dist/, which the other suites run, is
// never swapped for a production build mid-run.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix, relative, resolve } from 'node:path';
import { readZip, type ZipEntry } from '../support/zip';

const ROOT = resolve(__dirname, '../..');
/** The client starts the language server from this bundle (client/src/languageClient.ts). */
const SERVER_BUNDLE = 'dist/server.js';
const MAX_VSIX_BYTES = 1.5 * 1024 * 1024;
/** Build output and local state that a checkout may hold and a package must be built without. */
const NOT_COPIED = new Set(['node_modules', '.git', 'dist', 'out', '.vscode-test', 'bench/results']);

let scratch: string;
let vsix: string;
let entries: ZipEntry[];

interface Manifest {
  main: string;
  icon?: string;
  contributes?: {
    grammars?: { path: string }[];
    snippets?: { path: string }[];
    languages?: { configuration?: string }[];
    jsonValidation?: { url: string }[];
  };
}

/** The files VS Code loads for this manifest, as vsce places them in the .vsix. */
function runtimeFiles(manifest: Manifest): string[] {
  const contributes = manifest.contributes ?? {};
  const files = [
    manifest.main,
    SERVER_BUNDLE,
    manifest.icon,
    ...(contributes.grammars ?? []).map((g) => g.path),
    ...(contributes.snippets ?? []).map((s) => s.path),
    ...(contributes.languages ?? []).map((l) => l.configuration),
    ...(contributes.jsonValidation ?? []).map((j) => j.url).filter((url) => !/^https?:/.test(url)),
  ].filter((file): file is string => file !== undefined);
  const packaged = files.map((file) => `extension/${posix.normalize(file)}`);
  // vsce's own entries, and the readme and license it renames
  const vsce = ['extension/package.json', 'extension/readme.md', 'extension/LICENSE.txt', 'extension.vsixmanifest', '[Content_Types].xml'];
  return [...new Set([...packaged, ...vsce])].sort();
}

function packagedText(name: string): string {
  const entry = entries.find((e) => e.name === name);
  assert.ok(entry, `${name} is in the .vsix`);
  return entry.read().toString('utf8');
}

before(() => {
  scratch = mkdtempSync(join(tmpdir(), 'berth-package-'));
  const copy = join(scratch, 'berth');
  cpSync(ROOT, copy, {
    recursive: true,
    filter: (source) => !NOT_COPIED.has(relative(ROOT, source)) && !source.endsWith('.vsix'),
  });
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
  const run = spawnSync('npm', ['run', 'package'], { cwd: copy, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  assert.equal(run.status, 0, `npm run package failed:\n${run.stdout}\n${run.stderr}`);
  vsix = join(copy, 'berth.vsix');
  entries = readZip(vsix);
});

after(() => rmSync(scratch, { recursive: true, force: true }));

test('the .vsix holds exactly the runtime files', () => {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Manifest;
  assert.deepEqual(entries.map((e) => e.name).sort(), runtimeFiles(manifest));
});

test('no TypeScript sources, tests, dependencies or source maps are packaged', () => {
  const unwanted = entries.map((e) => e.name).filter((name) => /\.ts$|\.map$|(^|\/)(test|node_modules|src)\//.test(name));
  assert.deepEqual(unwanted, []);
});

test('the .vsix is under 1.5 MB', () => {
  const bytes = statSync(vsix).size;
  assert.ok(bytes < MAX_VSIX_BYTES, `${(bytes / 1024 / 1024).toFixed(2)} MB`);
});

test('the bundles are a production build: minified, without source map references', () => {
  for (const bundle of ['extension/dist/client.js', `extension/${SERVER_BUNDLE}`]) {
    const code = packagedText(bundle);
    assert.doesNotMatch(code, /sourceMappingURL/, `${bundle} points at no source map`);
    const lines = code.split('\n').length;
    assert.ok(code.length / lines > 500, `${bundle} is minified (${lines} lines for ${code.length} characters)`);
  }
});

test('the packaged manifest is the project\'s, with the icon it names', () => {
  const packaged = JSON.parse(packagedText('extension/package.json')) as Manifest & { name: string; version: string };
  const project = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Manifest & { name: string; version: string };
  assert.deepEqual([packaged.name, packaged.version, packaged.main], [project.name, project.version, project.main]);
  const icon = entries.find((e) => e.name === `extension/${project.icon}`)!.read();
  assert.equal(icon.subarray(1, 4).toString(), 'PNG');
  assert.deepEqual([icon.readUInt32BE(16), icon.readUInt32BE(20)], [128, 128], 'the icon is 128×128');
});
