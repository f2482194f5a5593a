#!/usr/bin/env node
// Stands in for the VS Code executable that @vscode/test-electron launches, on machines that cannot
// download VS Code: runTests({ vscodeExecutablePath: <this file> }). It reads the desktop flags the
// runner passes (--extensionDevelopmentPath, --extensionTestsPath, --user-data-dir,
// --extensions-dir, a folder), starts a private code-server from the offline install, opens the
// workbench in headless Chromium with the test run as its launch payload, so the tests run in the
// real Node extension host, forwards their console output, and exits with their exit code.
// Environment: VSCODE_OFFLINE_HOME (the install), VSCODE_OFFLINE_TEST_TIMEOUT_MS (default 10 min),
// VSCODE_OFFLINE_WORKSPACE_TRUST=1 (Workspace Trust on; off by default like runTests's own flag).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { INSTALL_COMMAND, findOfflineVSCode, launchBrowser, prepareProfile, profileIn, startCodeServer, workbenchUrl } from './codeServer.mjs';

const VSCODE_VERSION = '1.139.1';

function parseArgs(argv) {
  const options = { extensionDevelopmentPaths: [], extensionTestsPath: undefined, userDataDir: undefined, extensionsDir: undefined, folder: undefined };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => resolve(inline ?? argv[++i]);
    if (flag === '--extensionDevelopmentPath') options.extensionDevelopmentPaths.push(value());
    else if (flag === '--extensionTestsPath') options.extensionTestsPath = value();
    else if (flag === '--user-data-dir') options.userDataDir = value();
    else if (flag === '--extensions-dir') options.extensionsDir = value();
    else if (!arg.startsWith('-')) options.folder = resolve(arg);
    // every other desktop flag (--no-sandbox, --disable-updates, …) means nothing to code-server
  }
  return options;
}

async function runExtensionTests(options) {
  const vscode = findOfflineVSCode();
  if (!vscode) {
    console.error(`code.mjs: the offline VS Code is not installed; run: ${INSTALL_COMMAND}`);
    return 2;
  }
  const scratch = mkdtempSync(join(tmpdir(), 'berth-vscode-'));
  const fallback = profileIn(scratch);
  const workspaceTrust = process.env.VSCODE_OFFLINE_WORKSPACE_TRUST === '1';
  // with trust on, the folder stays untrusted (Restricted Mode) instead of asking in a dialog
  const trustSettings = workspaceTrust ? { 'security.workspace.trust.startupPrompt': 'never' } : {};
  const profile = prepareProfile({
    userDataDir: options.userDataDir ?? fallback.userDataDir,
    extensionsDir: options.extensionsDir ?? fallback.extensionsDir,
  }, trustSettings);

  let server;
  let browser;
  const cleanUp = async () => {
    await browser?.close().catch(() => undefined);
    await server?.stop();
  };
  const onSignal = (signal, code) => process.once(signal, () => void cleanUp().finally(() => process.exit(code)));
  onSignal('SIGINT', 130);
  onSignal('SIGTERM', 143);

  try {
    server = await startCodeServer(vscode, profile, {
      folder: options.folder,
      logFile: join(scratch, 'code-server.log'),
      workspaceTrust,
      smokeTestDriver: true,
    });
    browser = await launchBrowser(vscode, join(scratch, 'chromium'));
    const page = browser.pages()[0] ?? (await browser.newPage());
    const remote = (path) => `vscode-remote://127.0.0.1:${server.port}${path}`;
    const payload = [
      ...options.extensionDevelopmentPaths.map((path) => ['extensionDevelopmentPath', remote(path)]),
      ['extensionTestsPath', remote(options.extensionTestsPath)],
      ['skipWelcome', 'true'],
    ];
    const timeoutMs = Number(process.env.VSCODE_OFFLINE_TEST_TIMEOUT_MS || 600_000);
    const code = await new Promise((resolveCode, rejectRun) => {
      let finished = false;
      const timer = setTimeout(() => {
        console.error(`code.mjs: the tests did not finish within ${timeoutMs} ms`);
        finish(124);
      }, timeoutMs);
      const finish = (exitCode) => {
        finished = true;
        clearTimeout(timer);
        resolveCode(exitCode);
      };
      page.on('crash', () => {
        if (finished) return;
        console.error('code.mjs: the workbench page crashed');
        finish(1);
      });
      void server.exited.then((exitCode) => {
        if (finished) return; // stopped by us after the run
        console.error(`code.mjs: code-server exited (${exitCode}) during the tests`);
        finish(1);
      });
      // the workbench calls these (enable-smoke-test-driver) with the extension host's console and its exit code
      Promise.all([
        page.exposeFunction('codeAutomationLog', (type, args) => (type === 'error' ? console.error : console.log)(...args)),
        page.exposeFunction('codeAutomationExit', finish),
      ])
        .then(() => page.goto(workbenchUrl(server, { folder: options.folder, payload })))
        .catch(rejectRun);
    });
    await cleanUp();
    if (code === 0) rmSync(scratch, { recursive: true, force: true });
    else console.error(`code.mjs: code-server's log is in ${server.logFile}`);
    return code;
  } catch (error) {
    await cleanUp();
    console.error('code.mjs:', error);
    return 2;
  }
}

const options = parseArgs(process.argv.slice(2));
if (process.argv.includes('--version')) {
  console.log(VSCODE_VERSION);
} else if (!options.extensionTestsPath) {
  console.error('code.mjs: only extension test runs (--extensionTestsPath) are supported; use `npm start` to open VS Code');
  process.exitCode = 2;
} else {
  process.exitCode = await runExtensionTests(options);
}
