// Runs the offline VS Code that scripts/install-vscode-offline.sh installs: code-server (VS Code
// served to a browser, with the desktop's Node extension host) on loopback, looked at through the
// system Chromium driven by playwright-core. Shared by the e2e stand-in (code.mjs), `npm start`
// and the screenshot script.
import { execFile, spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

export const INSTALL_COMMAND = 'bash scripts/install-vscode-offline.sh';

/** Where the offline install lives (the install script's default, or VSCODE_OFFLINE_HOME). */
export function offlineHome() {
  return process.env.VSCODE_OFFLINE_HOME || join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'vscode-offline');
}

/** Paths of the installed pieces, or undefined when the install script has not completed. */
export function findOfflineVSCode(home = offlineHome()) {
  const codeServer = join(home, 'code-server/bin/code-server');
  const playwright = join(home, 'tools/node_modules/playwright-core');
  const nodeDir = existsSync(home) ? readdirSync(home).filter((d) => /^node-v\d+\.\d+\.\d+$/.test(d)).sort().pop() : undefined;
  if (!nodeDir || !existsSync(codeServer) || !existsSync(join(playwright, 'package.json'))) return undefined;
  return { home, codeServer, playwright, nodeBin: join(home, nodeDir, 'bin'), chromium: process.env.VSCODE_OFFLINE_CHROMIUM || '/usr/bin/chromium' };
}

/** Settings for a profile that works offline and opens straight onto the workspace. */
const QUIET_SETTINGS = {
  'chat.disableAIFeatures': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'git.enabled': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
};

/** A user-data folder and an extensions folder under `dir`. */
export function profileIn(dir) {
  return { userDataDir: join(dir, 'user-data'), extensionsDir: join(dir, 'extensions') };
}

/**
 * Creates the profile's folders. Settings are written only when it has none, so a kept profile
 * (npm start's) keeps what the user changed.
 */
export function prepareProfile(profile, settings = {}) {
  const settingsFile = join(profile.userDataDir, 'User', 'settings.json');
  mkdirSync(join(profile.userDataDir, 'User'), { recursive: true });
  mkdirSync(profile.extensionsDir, { recursive: true });
  if (!existsSync(settingsFile)) writeFileSync(settingsFile, JSON.stringify({ ...QUIET_SETTINGS, ...settings }, null, 2));
  return profile;
}

function codeServerEnv(vscode, profile) {
  return {
    ...process.env,
    PATH: `${vscode.nodeBin}:${process.env.PATH}`,
    // code-server keeps its own config and state under XDG folders; keep them in the profile
    XDG_DATA_HOME: join(profile.userDataDir, 'xdg-data'),
    XDG_CONFIG_HOME: join(profile.userDataDir, 'xdg-config'),
    // the marketplace is unreachable offline; point it at a closed loopback port so it fails fast
    EXTENSIONS_GALLERY: JSON.stringify({ serviceUrl: 'http://127.0.0.1:9/gallery', itemUrl: 'http://127.0.0.1:9/item' }),
  };
}

function profileArgs(profile) {
  return ['--user-data-dir', profile.userDataDir, '--extensions-dir', profile.extensionsDir];
}

/** Installs a .vsix into the profile (replacing an installed version). */
export async function installExtension(vscode, profile, vsix) {
  await promisify(execFile)(vscode.codeServer, [...profileArgs(profile), '--force', '--install-extension', vsix], { env: codeServerEnv(vscode, profile) });
}

/**
 * Starts code-server on 127.0.0.1 (the given port, or one the system picks) without auth, and
 * resolves once it listens. Its output goes to `logFile`. It runs in its own process group,
 * because the extension hosts it starts outlive it; stop() ends the whole group.
 */
export async function startCodeServer(vscode, profile, { port = 0, folder, logFile, workspaceTrust = false, smokeTestDriver = false } = {}) {
  const config = join(profile.userDataDir, 'code-server.yaml');
  writeFileSync(config, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const args = ['--config', config, ...profileArgs(profile), '--disable-telemetry', '--disable-update-check',
    '--disable-getting-started-override', '--ignore-last-opened'];
  if (!workspaceTrust) args.push('--disable-workspace-trust');
  // exposes window.codeAutomationLog/Exit, through which the workbench reports an extension test run
  if (smokeTestDriver) args.push('--vscode-option', 'enable-smoke-test-driver');
  if (folder) args.push(folder);
  const child = spawn(vscode.codeServer, args, { env: codeServerEnv(vscode, profile), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const log = createWriteStream(logFile);
  child.stderr.pipe(log, { end: false });
  const exited = new Promise((resolve) => child.once('exit', resolve));

  const url = await new Promise((resolve, reject) => {
    let buffered = '';
    const onData = (chunk) => {
      log.write(chunk);
      buffered += chunk;
      const listening = /HTTP server listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(buffered);
      if (listening) {
        child.stdout.off('data', onData);
        child.stdout.pipe(log, { end: false });
        resolve(listening[1]);
      }
    };
    child.stdout.setEncoding('utf8').on('data', onData);
    child.once('error', reject);
    void exited.then((code) => reject(new Error(`code-server exited (${code}) before listening; see ${logFile}`)));
  });

  let stopping;
  const stop = () => (stopping ??= stopProcessGroup(child.pid, exited));
  return { url, port: Number(new URL(url).port), logFile, exited, stop };
}

/** SIGTERM to the group, then SIGKILL to whatever is left once the leader has gone (or after 5 s). */
async function stopProcessGroup(pgid, leaderExited) {
  const signal = (sig) => {
    try {
      process.kill(-pgid, sig);
      return true;
    } catch {
      return false; // the group is already empty
    }
  };
  if (!signal('SIGTERM')) return;
  let timer;
  await Promise.race([leaderExited, new Promise((resolve) => (timer = setTimeout(resolve, 5000)))]);
  clearTimeout(timer);
  signal('SIGKILL');
}

/** The workbench address for a folder, with an optional launch payload (e.g. extension test paths). */
export function workbenchUrl(server, { folder, payload } = {}) {
  const query = new URLSearchParams();
  if (folder) query.set('folder', folder);
  else query.set('ew', 'true');
  if (payload) query.set('payload', JSON.stringify(payload));
  // '/' is legal in a query; leaving it unescaped keeps the printed address readable
  return `${server.url}/?${query.toString().replaceAll('%2F', '/')}`;
}

/**
 * Headless Chromium with a fresh profile in `profileDir`; every request that does not go to
 * loopback is aborted, so nothing reaches the internet.
 */
export async function launchBrowser(vscode, profileDir, { viewport = { width: 1280, height: 800 }, deviceScaleFactor = 1 } = {}) {
  const { chromium } = createRequire(import.meta.url)(vscode.playwright);
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: vscode.chromium,
    headless: true,
    viewport,
    deviceScaleFactor,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    const remote = /^(http|ws)s?:$/.test(url.protocol) && !['127.0.0.1', 'localhost'].includes(url.hostname);
    return remote ? route.abort() : route.continue();
  });
  return context;
}
