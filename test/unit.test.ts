// Loads every *.test.ts that lives beside the code (server, client, grammar), so the unit tests share one process.
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
for (const folder of ['server/src', 'client/src', 'syntaxes']) for (const file of findTests(join(root, folder)).sort()) require(file);
