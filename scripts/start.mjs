// npm start: real VS Code with Berth loaded on a sample workspace (a fresh copy of
// test/fixtures/workspace), or on the folder given: `npm start -- path/to/folder`.
//   With `code` on the PATH: VS Code desktop, Berth loaded from this checkout as the extension
//   under development, in its own profile (.vscode-test/start/desktop).
//   Otherwise: a local code-server from the offline install, with Berth installed from a freshly
//   packaged .vsix; it prints the address to open in a browser. BERTH_PORT picks the port.
// Runs until Ctrl-C (or until the desktop window is closed) and then stops what it started.
import { spawn, spawnSync } from 'node:child_process';
import { accessSync, constants, cpSync, mkdirSync, rmSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { INSTALL_COMMAND, findOfflineVSCode, installExtension, prepareProfile, profileIn, startCodeServer, workbenchUrl } from './vscode-offline/codeServer.mjs';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const STATE = join(ROOT, '.vscode-test', 'start');

function onPath(command) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    try {
      accessSync(join(dir, command), constants.X_OK);
      return true;
    } catch {
      // not in this folder
    }
  }
  return false;
}

/** The folder to open: the user's, or a fresh copy of the sample so edits never reach the test fixtures. */
function workspaceFolder() {
  const given = process.argv[2];
  if (given) return resolve(given);
  const sample = join(STATE, 'sample-workspace');
  rmSync(sample, { recursive: true, force: true });
  cpSync(join(ROOT, 'test/fixtures/workspace'), sample, { recursive: true });
  return sample;
}

function untilSignal() {
  return new Promise((resolveSignal) => {
    process.once('SIGINT', () => resolveSignal('SIGINT'));
    process.once('SIGTERM', () => resolveSignal('SIGTERM'));
  });
}

/** PIDs of the processes started with this profile; the desktop app detaches from the `code` command that launched it. */
function processesOfProfile(userDataDir) {
  const ps = spawnSync('ps', ['-axo', 'pid=,args='], { encoding: 'utf8' });
  return (ps.stdout ?? '')
    .split('\n')
    .map((line) => /^\s*(\d+)\s+(.*)$/.exec(line))
    .filter((match) => match && match[2].includes(`--user-data-dir=${userDataDir}`))
    .map((match) => Number(match[1]));
}

async function startDesktop(folder) {
  const userDataDir = join(STATE, 'desktop', 'user-data');
  mkdirSync(userDataDir, { recursive: true });
  const args = ['--new-window', '--wait', `--user-data-dir=${userDataDir}`, `--extensions-dir=${join(STATE, 'desktop', 'extensions')}`,
    `--extensionDevelopmentPath=${ROOT}`, folder];
  console.log(`Opening VS Code with Berth from ${ROOT} on ${folder}. Close the window or press Ctrl-C to stop.`);
  const code = spawn('code', args, { stdio: 'inherit' });
  const closed = new Promise((resolveClosed) => code.once('exit', resolveClosed));
  const reason = await Promise.race([closed, untilSignal()]);
  if (typeof reason === 'string') {
    code.kill('SIGTERM');
    for (const pid of processesOfProfile(userDataDir)) process.kill(pid, 'SIGTERM');
  }
}

async function startCodeServerWithVsix(folder) {
  const vscode = findOfflineVSCode();
  if (!vscode) {
    console.error('VS Code is not on the PATH and the offline VS Code (code-server) is not installed.');
    console.error(`Install it (about 2 minutes, 0.9 GB, no download from Microsoft) with:\n  ${INSTALL_COMMAND}`);
    process.exitCode = 1;
    return;
  }
  console.log('Packaging Berth…');
  const packaged = spawnSync('npm', ['run', '--silent', 'package'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  if (packaged.status !== 0) {
    console.error('npm run package failed');
    process.exitCode = 1;
    return;
  }
  const profile = prepareProfile(profileIn(join(STATE, 'code-server')));
  await installExtension(vscode, profile, join(ROOT, 'berth.vsix'));
  const server = await startCodeServer(vscode, profile, {
    port: Number(process.env.BERTH_PORT ?? 0),
    folder,
    logFile: join(STATE, 'code-server.log'),
  });
  console.log(`\nBerth is running in code-server (VS Code 1.139). Open:\n\n  ${workbenchUrl(server, { folder })}\n`);
  console.log(`Log: ${server.logFile}. Press Ctrl-C to stop.`);
  const reason = await Promise.race([server.exited, untilSignal()]);
  if (typeof reason !== 'string') console.error(`code-server exited (${reason}); see ${server.logFile}`);
  await server.stop();
  console.log('Stopped code-server.');
}

const folder = workspaceFolder();
if (onPath('code')) await startDesktop(folder);
else await startCodeServerWithVsix(folder);
