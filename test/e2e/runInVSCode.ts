// Launches VS Code with Berth under development on a copy of the fixture workspace and runs the
// mocha suites of one folder inside it: test/e2e/suite/ in a trusted workspace, or
// test/e2e/restricted/ in Restricted Mode. VS Code comes from @vscode/test-electron's download,
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

export interface VSCodeRunOptions {
  /**
   * Run test/e2e/restricted/ with Workspace Trust on and the workspace untrusted. Only the offline
   * stand-in can: runTests always starts a downloaded VS Code with --disable-workspace-trust.
   */
  restricted?: boolean;
}

export interface VSCodeRun {
  results: InnerTestResult[];
  /** What VS Code and the tests printed, for diagnosing a run that did not report results. */
  output: string;
  /** Which VS Code ran: the offline stand-in's path, or "download". */
  vscode: string;
}

const OFFLINE_STAND_IN = join(ROOT, 'scripts/vscode-offline/code.mjs');

/** VSCODE_EXECUTABLE, else the offline stand-in when the offline install is present, else undefined (download). */
export async function vscodeExecutable(): Promise<string | undefined> {
  if (process.env.VSCODE_EXECUTABLE) return process.env.VSCODE_EXECUTABLE;
  const { findOfflineVSCode } = await import('../../scripts/vscode-offline/codeServer.mjs');
  return findOfflineVSCode() ? OFFLINE_STAND_IN : undefined;
}

/** Whether Restricted Mode runs are possible: only the offline stand-in turns Workspace Trust on. */
export async function canRunRestricted(): Promise<boolean> {
  return (await vscodeExecutable()) === OFFLINE_STAND_IN;
}

/**
 * Bundles host/main.ts and every suite file of `folder` as suite/<name>.js, where the host looks
 * (vscode and mocha stay external: the host provides one, node_modules the other).
 */
async function bundleSuites(outDir: string, folder: string): Promise<void> {
  const suites = Object.fromEntries(readdirSync(join(E2E, folder)).filter((f) => f.endsWith('.ts')).map((f) => [`suite/${f.replace(/\.ts$/, '')}`, join(E2E, folder, f)]));
  await esbuild.build({
    entryPoints: { 'host/main': join(E2E, 'host/main.ts'), ...suites },
    outdir: outDir,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode', 'mocha'],
    logLevel: 'error',
  });
}

export async function runInVSCode(options: VSCodeRunOptions = {}): Promise<VSCodeRun> {
  if (!existsSync(join(ROOT, 'dist/client.js'))) throw new Error('dist/client.js is missing: run `npm run build` first');
  // inside the repository so the bundles resolve mocha from its node_modules; one folder per run
  const outDir = join(ROOT, 'out', `e2e-${process.pid}${options.restricted ? '-restricted' : ''}`);
  const scratch = mkdtempSync(join(tmpdir(), 'berth-e2e-'));
  const workspace = join(scratch, 'workspace');
  cpSync(join(ROOT, 'test/fixtures/workspace'), workspace, { recursive: true });
  const output: string[] = [];
  const capture = new PassThrough().on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const executable = await vscodeExecutable();
  try {
    await bundleSuites(outDir, options.restricted ? 'restricted' : 'suite');
    try {
      await runTests({
        vscodeExecutablePath: executable,
        extensionDevelopmentPath: ROOT,
        extensionTestsPath: join(outDir, 'host/main.js'),
        launchArgs: [workspace, `--user-data-dir=${join(scratch, 'user-data')}`, `--extensions-dir=${join(scratch, 'extensions')}`],
        stdout: capture,
        stderr: capture,
        // read by the offline stand-in (code.mjs), which then leaves Workspace Trust on
        extensionTestsEnv: options.restricted ? { VSCODE_OFFLINE_WORKSPACE_TRUST: '1' } : undefined,
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
