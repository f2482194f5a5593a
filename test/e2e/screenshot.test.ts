// Keeps scripts/screenshot.mjs working as VS Code changes: the README's scenarios must still find
// what they wait for (squiggles, Problems rows, a hover, a build's error) and write a full-size picture.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { findOfflineVSCode } from '../../scripts/vscode-offline/codeServer.mjs';

const ROOT = resolve(__dirname, '../..');

// diagnostics: the README's first picture; build-failure: a real failed build's error on its line.
// editing: a variable's hover and completion after FROM (stages, local images) on a multi-stage file.
for (const scenario of ['diagnostics', 'build-failure', 'editing']) test(`the ${scenario} screenshot scenario writes a 1280×800 picture of the workbench`, {
  timeout: 5 * 60_000,
  skip: findOfflineVSCode() ? false : 'screenshots need the offline VS Code (scripts/install-vscode-offline.sh)',
}, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'berth-screenshot-test-'));
  try {
    const out = join(dir, `${scenario}.png`);
    await promisify(execFile)(process.execPath, [join(ROOT, 'scripts/screenshot.mjs'), scenario, '--out', out], { cwd: ROOT });
    const png = readFileSync(out);
    assert.equal(png.subarray(1, 4).toString(), 'PNG');
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [1280, 800]);
    // a blank or half-loaded page compresses to a few kilobytes; the workbench with text does not
    assert.ok(png.length > 40_000, `${png.length} bytes`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
