/**
 * `npm run bench` (explorer at rest): what the Docker explorer costs while nothing happens. Berth,
 * packaged and installed in code-server (the offline VS Code), with its views open on a private
 * engine of RUNNING running and STOPPED stopped containers; then IDLE_SECONDS of nothing, three times:
 *   views open, live stats on    the default: one stats stream per running container
 *   views open, live stats off   berth.explorer.stats false
 *   views hidden                 the Explorer shown instead of Berth
 * For each: CPU time of the extension host and of Berth's language server (from /proc), and what
 * Berth asked of the engine, counted by a proxy in front of it, with the streams it kept open.
 * Each session first waits SETTLE_SECONDS for VS Code's own start-up work to end.
 * Measures, never asserts. BERTH_BENCH_IDLE_SECONDS shortens the windows.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { findOfflineVSCode, installExtension, launchBrowser, prepareProfile, profileIn, startCodeServer, workbenchUrl, type CodeServer, type OfflineVSCode } from '../scripts/vscode-offline/codeServer.mjs';
import { BASE_IMAGE, startDockerEngine, type DockerEngine } from '../test/support/dockerEngine';
import { EngineProxy, requestKind } from './engineProxy';
import { findProcesses, processCpuMilliseconds } from './processStats';

const ROOT = resolve(__dirname, '..');
const RUNNING = 10;
const STOPPED = 20;
const IDLE_SECONDS = Number(process.env.BERTH_BENCH_IDLE_SECONDS || 60);
/** Before the first window of a session: the extension host is still starting other extensions. */
const SETTLE_SECONDS = 20;

interface Processes {
  extensionHost: number;
  languageServer: number | undefined;
}

/** The extension host and Berth's language server of this run's code-server, known by the profile in their environment. */
function findBerthProcesses(userDataDir: string): Processes {
  const ours = (environment: string[]) => environment.includes(`XDG_DATA_HOME=${join(userDataDir, 'xdg-data')}`);
  const [extensionHost, ...others] = findProcesses((commandLine, environment) => ours(environment) && commandLine.includes('--type=extensionHost'));
  if (extensionHost === undefined || others.length > 0) throw new Error(`expected one extension host, found ${[extensionHost, ...others].join(', ') || 'none'}`);
  const [languageServer] = findProcesses((commandLine, environment) => ours(environment) && commandLine.some((arg) => arg.endsWith('/dist/server.js')));
  return { extensionHost, languageServer };
}

function describeStreams(streams: Map<string, number>): string {
  return streams.size === 0 ? 'none' : [...streams].map(([kind, count]) => `${kind} ×${count}`).join(', ');
}

/** IDLE_SECONDS with nothing done: what the processes and the engine proxy saw meanwhile. */
async function idle(label: string, processes: Processes, proxy: EngineProxy): Promise<void> {
  const cpu = () => [processCpuMilliseconds(processes.extensionHost) ?? 0, processCpuMilliseconds(processes.languageServer) ?? 0];
  const streams = describeStreams(proxy.openStreams());
  const [hostBefore, serverBefore] = cpu();
  const requestsBefore = proxy.requests.length;
  const start = performance.now();
  await delay(IDLE_SECONDS * 1000);
  const seconds = (performance.now() - start) / 1000;
  const [hostAfter, serverAfter] = cpu();
  const requests = proxy.requests.slice(requestsBefore);
  const kinds = new Map<string, number>();
  for (const request of requests) kinds.set(requestKind(request), (kinds.get(requestKind(request)) ?? 0) + 1);
  const percent = (ms: number) => `${((ms / (seconds * 1000)) * 100).toFixed(2)}%`;
  console.log(`  ${label}:`);
  console.log(`    extension host CPU ${hostAfter - hostBefore} ms (${percent(hostAfter - hostBefore)}), language server CPU ${serverAfter - serverBefore} ms`);
  console.log(`    engine requests ${requests.length}${requests.length ? ` (${describeStreams(kinds)})` : ''}; streams open: ${streams}`);
}

async function createContainers(engine: DockerEngine): Promise<void> {
  await Promise.all(Array.from({ length: RUNNING }, (_, i) => engine.docker(['run', '-d', '--init', '--network', 'host', '--name', `idle-running-${i}`, BASE_IMAGE, 'sleep', '1d'])));
  await Promise.all(Array.from({ length: STOPPED }, (_, i) => engine.docker(['create', '--network', 'host', '--name', `idle-stopped-${i}`, BASE_IMAGE, 'true'])));
}

interface Session {
  page: Page;
  processes: Processes;
}

/** Minimal view of the playwright page the bench drives (playwright-core comes from the offline install). */
interface Page {
  goto(url: string): Promise<unknown>;
  keyboard: { press(key: string): Promise<void> };
  locator(selector: string): Locator;
}

interface Locator {
  first(): Locator;
  filter(options: { hasText: RegExp }): Locator;
  click(options?: { timeout?: number }): Promise<void>;
  waitFor(options?: { timeout?: number }): Promise<void>;
}

/**
 * code-server with Berth installed from `vsix` and `settings` in a fresh profile, the Berth views
 * shown and their containers listed; `measure` runs, then everything stops.
 */
async function withBerthOpen(vscode: OfflineVSCode, vsix: string, settings: Record<string, unknown>, measure: (session: Session) => Promise<void>): Promise<void> {
  const scratch = mkdtempSync(join(tmpdir(), 'berth-idle-'));
  let server: CodeServer | undefined;
  let browser: { close(): Promise<void>; pages(): Page[]; newPage(): Promise<Page> } | undefined;
  try {
    const workspace = join(scratch, 'workspace');
    cpSync(join(ROOT, 'test/fixtures/workspace'), workspace, { recursive: true });
    const profile = prepareProfile(profileIn(scratch), settings);
    await installExtension(vscode, profile, vsix);
    server = await startCodeServer(vscode, profile, { folder: workspace, logFile: join(scratch, 'code-server.log') });
    const context = await launchBrowser(vscode, join(scratch, 'chromium'));
    browser = context;
    const page: Page = context.pages()[0] ?? (await context.newPage());
    await page.goto(workbenchUrl(server, { folder: workspace }));
    await page.locator('.activitybar .action-item [aria-label="Berth"]').first().click({ timeout: 60_000 });
    await page.locator('[id="workbench.view.extension.berth"] .monaco-list-row').filter({ hasText: /idle-running-/ }).first().waitFor({ timeout: 60_000 });
    await delay(SETTLE_SECONDS * 1000);
    await measure({ page, processes: findBerthProcesses(profile.userDataDir) });
  } finally {
    await browser?.close().catch(() => undefined);
    await server?.stop();
    rmSync(scratch, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const vscode = findOfflineVSCode();
  if (!vscode) {
    console.log('Docker explorer at rest: skipped, it needs the offline VS Code (bash scripts/install-vscode-offline.sh)');
    return;
  }
  const engine = await startDockerEngine();
  const proxy = await EngineProxy.start(join(engine.dir, 'proxy.sock'), engine.socketPath);
  const packaged = mkdtempSync(join(tmpdir(), 'berth-idle-vsix-'));
  const savedDockerHost = process.env.DOCKER_HOST;
  try {
    await createContainers(engine);
    const vsix = join(packaged, 'berth.vsix');
    execFileSync(join(ROOT, 'node_modules/.bin/vsce'), ['package', '--no-dependencies', '--out', vsix], { cwd: ROOT, stdio: 'ignore' });
    // Berth finds the engine (the proxy) as a user's DOCKER_HOST, which code-server passes on.
    process.env.DOCKER_HOST = `unix://${join(engine.dir, 'proxy.sock')}`;
    const statsStreams = () => proxy.openStreams().get('GET /containers/{id}/stats') ?? 0;
    console.log(`Docker explorer at rest in code-server, ${IDLE_SECONDS} s each, ${RUNNING} running and ${STOPPED} stopped containers:`);
    await withBerthOpen(vscode, vsix, {}, async ({ processes }) => {
      await proxy.until(() => statsStreams() === RUNNING);
      await idle('views open, live stats on', processes, proxy);
    });
    // A settings file changed under a running code-server is not always noticed: a session of its own.
    await proxy.until(() => proxy.openStreams().size === 0);
    await withBerthOpen(vscode, vsix, { 'berth.explorer.stats': false }, async ({ page, processes }) => {
      await proxy.until(() => proxy.openStreams().has('GET /events'));
      await idle('views open, live stats off', processes, proxy);
      await page.keyboard.press('Control+Shift+E');
      await proxy.until(() => proxy.openStreams().size === 0);
      await idle('views hidden (Explorer shown)', processes, proxy);
    });
  } finally {
    if (savedDockerHost === undefined) delete process.env.DOCKER_HOST;
    else process.env.DOCKER_HOST = savedDockerHost;
    await proxy.close();
    await engine.dispose();
    rmSync(packaged, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
