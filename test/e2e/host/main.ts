// Runs inside VS Code's extension host (the extensionTestsPath module): mocha over every bundled
// suite file, with the spec reporter on the console and each test's outcome written to
// results.json for the node test that launched VS Code (test/e2e/runInVSCode.ts).
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';
import type { InnerTestResult } from '../results';

export function run(): Promise<void> {
  const bundleDir = join(__dirname, '..');
  const mocha = new Mocha({ ui: 'tdd', reporter: 'spec', color: false, timeout: 30_000 });
  const suiteDir = join(bundleDir, 'suite');
  for (const file of readdirSync(suiteDir).sort()) if (file.endsWith('.js')) mocha.addFile(join(suiteDir, file));

  const results: InnerTestResult[] = [];
  const titleOf = (test: Mocha.Runnable) => test.titlePath().join(' › ');
  const save = () => writeFileSync(join(bundleDir, 'results.json'), JSON.stringify(results, null, 2));
  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        save();
        if (failures > 0) reject(new Error(`${failures} e2e test(s) failed`));
        else resolve();
      });
      runner.on('pass', (test) => results.push({ title: titleOf(test), state: 'passed', durationMs: test.duration }));
      runner.on('pending', (test) => results.push({ title: titleOf(test), state: 'pending' }));
      // hooks fail through this event too, so a broken before() is reported rather than lost
      runner.on('fail', (test, error: Error) =>
        results.push({ title: titleOf(test), state: 'failed', durationMs: test.duration, error: { message: error.message, stack: error.stack } }),
      );
    } catch (error) {
      // a suite file that throws while loading
      const loadError = error as Error;
      results.push({ title: 'loading the e2e suites', state: 'failed', error: { message: loadError.message, stack: loadError.stack } });
      save();
      reject(loadError);
    }
  });
}
