// Launches VS Code with Berth under development on a copy of the fixture workspace and runs the
// mocha suites in test/e2e/suite/ inside it. VS Code comes from @vscode/test-electron's download,
// or, on machines that cannot download it, from the offline install
// (scripts/install-vscode-offline.sh) through the stand-in executable scripts/vscode-offline/code.mjs.
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { runTests } from '@vscode/test-electron';
import * as esbuild from 'esbuild';
import type { InnerTestResult } from './results';

const ROOT = resolve(__dirname, '../..');
const E2E = join(ROOT, 'test/e2e');

export interface VSCodeRun {
  results: InnerTestResult[];
  /** What VS Code and the tests printed, for diagnosing a run that did not report results. */
  output: string;
  /** Which VS Code ran: the offline stand-in's path, or "download". */
  vscode: string;
}

/** VSCODE_EXECUTABLE, else the offline stand-in when the offline install is present, else undefined (download). */
async function vscodeExecutable(): Promise<string | undefined> {
  if (process.env.VSCODE_EXECUTABLE) return process.env.VSCODE_EXECUTABLE;
  const { findOfflineVSCode } = await import('../../scripts/vscode-offline/codeServer.mjs');
  return findOfflineVSCode() ? join(ROOT, 'scripts/vscode-offline/code.mjs') : undefined;
}

/** Bundles host/main.ts and every suite file (vscode and mocha stay external: the host provides one, node_modules the other). */
async function bundleSuites(outDir: string): Promise<void> {
  const suites = readdirSync(join(E2E, 'suite')).filter((f) => f.endsWith('.ts')).map((f) => join(E2E, 'suite', f));
  await esbuild.build({
    entryPoints: [join(E2E, 'host/main.ts'), ...suites],
    outbase: E2E,
    outdir: outDir,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode', 'mocha'],
    logLevel: 'error',
  });
}

export async function runInVSCode(): Promise<VSCodeRun> {
  if (!existsSync(join(ROOT, 'dist/client.js'))) throw new Error('dist/client.js is missing: run `npm run build` first');
  // inside the repository so the bundles resolve mocha from its node_modules; one folder per run
  const outDir = join(ROOT, 'out', `e2e-${process.pid}`);
  const scratch = mkdtempSync(join(tmpdir(), 'berth-e2e-'));
  const workspace = join(scratch, 'workspace');
  cpSync(join(ROOT, 'test/fixtures/workspace'), workspace, { recursive: true });
  const output: string[] = [];
  const capture = new PassThrough().on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const executable = await vscodeExecutable();
  try {
    await bundleSuites(outDir);
    try {
      await runTests({
        vscodeExecutablePath: executable,
        extensionDevelopmentPath: ROOT,
        extensionTestsPath: join(outDir, 'host/main.js'),
        launchArgs: [workspace, `--user-data-dir=${join(scratch, 'user-data')}`, `--extensions-dir=${join(scratch, 'extensions')}`],
        stdout: capture,
        stderr: capture,
      });
    } catch {
      // a failing test makes VS Code exit non-zero; the results say which, and a run without results is reported below
    }
    const resultsFile = join(outDir, 'results.json');
    if (!existsSync(resultsFile)) throw new Error(`VS Code reported no test results. Its output:\n${output.join('')}`);
    return { results: JSON.parse(readFileSync(resultsFile, 'utf8')) as InnerTestResult[], output: output.join(''), vscode: executable ?? 'download' };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
    rmSync(scratch, { recursive: true, force: true });
  }
}
