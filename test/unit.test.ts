// Loads every *.test.ts that lives beside the code, so the unit tests share one process.
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

function findTests(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : findTests(path);
    return name.endsWith('.test.ts') ? [path] : [];
  });
}

const root = resolve(__dirname, '..');
for (const file of [...findTests(join(root, 'server/src')), ...findTests(join(root, 'client/src'))].sort()) require(file);
