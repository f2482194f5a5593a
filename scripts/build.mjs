// Bundles the extension client, the language server and the CLI into dist/ with esbuild.
import * as esbuild from 'esbuild';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const production = process.argv.includes('--production');
// a production build ships without source maps; drop those a development build left behind
if (production && existsSync('dist')) {
  for (const file of readdirSync('dist')) if (file.endsWith('.map')) rmSync(join('dist', file), { force: true });
}

await esbuild.build({
  entryPoints: {
    client: 'client/src/extension.ts',
    server: 'server/src/server.ts',
    cli: 'server/src/cli.ts',
  },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  // vscode is provided by the extension host; ssh2's optional native add-ons are loaded only if present.
  external: ['vscode', 'cpu-features', './crypto/build/Release/sshcrypto.node'],
  minify: production,
  sourcemap: !production,
  logLevel: 'warning',
});
