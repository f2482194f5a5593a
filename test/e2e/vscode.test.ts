// The e2e suites run inside a real VS Code; each of their tests is reported here as a subtest, so
// it shows in the summary and a failure fails the run. To add one, write
// test/e2e/suite/<feature>.test.ts with mocha's suite()/test() and the vscode API; the helpers in
// host/workspace.ts open fixture files and await diagnostics. The workspace is a fresh copy of
// test/fixtures/workspace each run.
import { test } from 'node:test';
import { runInVSCode } from './runInVSCode';

test('Berth in VS Code', { timeout: 15 * 60_000 }, async (t) => {
  const run = await runInVSCode();
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
});
