// Runs Berth's tests with node's test runner, TypeScript loaded by tsx.
//   node scripts/test.mjs            every suite: unit (rules and modules), lsp, cli, engine, e2e, package
//   node scripts/test.mjs unit lsp   only those suites
// Unit tests live beside the code (*.test.ts under server/src and client/src) and run in one
// process through test/unit.test.ts; the other suites start real processes and live in test/<suite>/.
import { spawnSync } from 'node:child_process';
import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const SUITES = ['unit', 'lsp', 'cli', 'engine', 'e2e', 'package'];
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const suites = wanted.length > 0 ? wanted : SUITES;
for (const suite of suites) {
  if (!SUITES.includes(suite)) {
    console.error(`unknown suite ${suite}; suites: ${SUITES.join(', ')}`);
    process.exit(2);
  }
}

const files = [];
for (const suite of suites) {
  if (suite === 'unit') files.push('test/unit.test.ts');
  else if (existsSync(join('test', suite))) {
    for (const f of readdirSync(join('test', suite)).sort()) if (f.endsWith('.test.ts')) files.push(join('test', suite, f));
  }
}
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...files], { stdio: 'inherit' });
process.exit(result.status ?? 1);
