// `npm start` where VS Code desktop is not installed: scripts/start.mjs packages Berth, installs it
// into code-server, prints the address, serves the workbench until Ctrl-C and then leaves no
// process behind. It runs in a copy of the project, because packaging rebuilds dist/ for production.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { accessSync, constants, cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, relative, resolve } from 'node:path';
import { findOfflineVSCode } from '../../scripts/vscode-offline/codeServer.mjs';

const ROOT = resolve(__dirname, '../..');
const NOT_COPIED = new Set(['node_modules', '.git', 'dist', 'out', '.vscode-test', 'bench/results']);

let scratch: string;
let copy: string;

/** PATH without folders holding a `code` executable, so start.mjs takes its code-server branch. */
function pathWithoutVSCode(): string {
  const hasCode = (dir: string) => {
    try {
      accessSync(join(dir, 'code'), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  };
  return (process.env.PATH ?? '').split(delimiter).filter((dir) => !hasCode(dir)).join(delimiter);
}

/** Processes whose command line mentions the copy (code-server runs with its profile there). */
function processesInCopy(): string[] {
  const ps = spawnSync('ps', ['-axo', 'args='], { encoding: 'utf8' });
  return ps.stdout.split('\n').filter((line) => line.includes(copy) && !line.startsWith('ps '));
}

function addressPrinted(child: ChildProcess): Promise<string> {
  return new Promise((resolveAddress, reject) => {
    let output = '';
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
      const address = /http:\/\/127\.0\.0\.1:\d+\/\?folder=\S+/.exec(output);
      if (address) resolveAddress(address[0]);
    });
    child.once('exit', (code) => reject(new Error(`start.mjs exited (${code}) before printing an address:\n${output}`)));
  });
}

before(() => {
  scratch = mkdtempSync(join(tmpdir(), 'berth-start-'));
  copy = join(scratch, 'berth');
  cpSync(ROOT, copy, { recursive: true, filter: (source) => !NOT_COPIED.has(relative(ROOT, source)) && !source.endsWith('.vsix') });
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
});

after(() => rmSync(scratch, { recursive: true, force: true }));

test('npm start serves Berth in code-server until Ctrl-C, then stops everything it started', {
  timeout: 5 * 60_000,
  skip: findOfflineVSCode() ? false : 'needs the offline VS Code (scripts/install-vscode-offline.sh)',
}, async () => {
  const start = spawn(process.execPath, [join(copy, 'scripts/start.mjs')], {
    cwd: copy,
    env: { ...process.env, PATH: pathWithoutVSCode() },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<number | null>((resolveExit) => start.once('exit', resolveExit));
  const address = await addressPrinted(start);

  const folder = new URL(address).searchParams.get('folder')!;
  assert.equal(folder, join(copy, '.vscode-test/start/sample-workspace'));
  assert.ok(existsSync(join(folder, 'Dockerfile')), 'the sample workspace is a copy of the fixture');
  assert.ok(existsSync(join(copy, '.vscode-test/start/code-server/extensions/berth.berth-0.1.0/dist/server.js')), 'Berth is installed from the .vsix');
  const page = await fetch(address);
  assert.equal(page.status, 200);
  assert.match(await page.text(), /workbench/i);
  assert.notDeepEqual(processesInCopy(), [], 'code-server runs from the copy');

  start.kill('SIGINT');
  assert.equal(await exited, 0);
  assert.deepEqual(processesInCopy(), [], 'nothing started by npm start is left running');
});
