// Bundles the extension client, the language server and the CLI into dist/ with esbuild.
import * as esbuild from 'esbuild';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const production = process.argv.includes('--production');
// a production build ships without source maps; drop those a development build left behind
if (production && existsSync('dist')) {
  for (const file of readdirSync('dist')) if (file.endsWith('.map')) rmSync(join('dist', file), { force: true });
}

/**
 * dockerode's BuildKit session (gRPC, protobufjs) and docker-modem's ssh2 transport add about
 * 700 KB to the client, yet Berth builds with the docker CLI and reaches ssh:// engines through the
 * ssh command (client/src/engine/sshDialStdio.ts). Their entry modules are replaced by stubs that
 * fail loudly if something ever calls them, so none of their dependencies is bundled.
 */
const UNUSED_DOCKER_MODULES = {
  'dockerode/lib/session.js': 'module.exports = function withSession() { throw unused("BuildKit sessions (dockerode buildImage version 2)"); };',
  'dockerode/lib/buildkit.js': 'module.exports = { followProgress() { throw unused("BuildKit progress (dockerode followProgress)"); } };',
  'docker-modem/lib/ssh.js': 'module.exports = function sshAgent() { throw unused("the ssh2 transport; Berth dials ssh:// through the ssh command"); };',
};
const stubUnusedDockerModules = {
  name: 'stub-unused-docker-modules',
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/](dockerode|docker-modem)[\\/]lib[\\/](session|buildkit|ssh)\.js$/ }, (args) => {
      const path = args.path.replaceAll('\\', '/');
      const stub = Object.entries(UNUSED_DOCKER_MODULES).find(([file]) => path.endsWith(`/node_modules/${file}`))?.[1];
      if (!stub) return undefined; // same name in another package: load it as it is
      return { loader: 'js', contents: `function unused(what) { return new Error(what + " is not bundled with Berth"); }\n${stub}\n` };
    });
  },
};

/**
 * dockerfile-ast and yaml are CommonJS, and esbuild gives each module that imports one its own copy
 * of the package's exports. The server's 45 such imports made that copying hot enough at startup
 * for V8 to optimise it, which pulls in the optimising compiler before any file is open: about
 * 4.5 MB of the server's resident memory at start. Here every import of them goes through one
 * module that re-exports the package, so its exports are copied once.
 */
const SHARED_COMMONJS_PACKAGES = ['dockerfile-ast', 'yaml'];
const shareCommonJsExports = {
  name: 'share-commonjs-exports',
  setup(build) {
    const filter = new RegExp(`^(${SHARED_COMMONJS_PACKAGES.join('|')})$`);
    build.onResolve({ filter }, (args) => (args.namespace === 'shared-commonjs' || args.importer.includes('node_modules') ? undefined : { path: args.path, namespace: 'shared-commonjs' }));
    build.onLoad({ filter: /.*/, namespace: 'shared-commonjs' }, (args) => ({ contents: `export * from ${JSON.stringify(args.path)};`, resolveDir: process.cwd(), loader: 'js' }));
  },
};

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
  // vscode is provided by the extension host.
  external: ['vscode'],
  plugins: [stubUnusedDockerModules, shareCommonJsExports],
  minify: production,
  sourcemap: !production,
  logLevel: 'warning',
});
