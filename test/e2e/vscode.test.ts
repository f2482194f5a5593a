// The e2e suites run inside a real VS Code; each of their tests is reported here as a subtest, so
// it shows in the summary and a failure fails the run. To add one, write
// test/e2e/suite/<feature>.test.ts with mocha's suite()/test() and the vscode API; the helpers in
// host/workspace.ts open fixture files and await diagnostics. The workspace is a fresh copy of
// test/fixtures/workspace each run. Suites in test/e2e/restricted/ run in a second VS Code, in
// Restricted Mode (an untrusted workspace).
import { test, type TestContext } from 'node:test';
import { canRunRestricted, runInVSCode, type VSCodeRun } from './runInVSCode';

async function report(t: TestContext, run: VSCodeRun): Promise<void> {
  t.diagnostic(`VS Code: ${run.vscode}`);
  if (run.results.length === 0) throw new Error(`no e2e tests ran. VS Code's output:\n${run.output}`);
  for (const result of run.results) {
    await t.test(result.title, { skip: result.state === 'pending' }, () => {
      if (result.state !== 'failed') return;
      const error = new Error(result.error?.message ?? 'failed');
      error.stack = result.error?.stack ?? error.message;
      throw error;
    });
  }
}

test('Berth in VS Code', { timeout: 15 * 60_000 }, async (t) => {
  await report(t, await runInVSCode());
});

test('Berth in VS Code, Restricted Mode', { timeout: 10 * 60_000 }, async (t) => {
  if (!(await canRunRestricted())) {
    t.skip('Workspace Trust runs need the offline VS Code (scripts/install-vscode-offline.sh): runTests turns trust off');
    return;
  }
  await report(t, await runInVSCode({ restricted: true }));
});
