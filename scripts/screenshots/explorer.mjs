// The README's picture of the Docker explorer: a private engine (test/support/dockerEngine.ts)
// with a Compose project and a few loose containers, the Berth views open with live CPU and
// memory in the running containers' descriptions, and Show Container Stats charting one of them.
import { PICTURE_SETTINGS, preparePrivateEngine } from './shared/workbench.mjs';

export const output = 'docs/images/explorer.png';

export const settings = PICTURE_SETTINGS;

const SIDE_BAR_WIDTH = 640;
/** Samples (one a second) the chart shows before the picture is taken. */
const CHART_SAMPLES = 150;

// Small shell programs standing in for services: a few MB held in a variable (the shell stays,
// as it still has to say how long it was; a last plain command would replace it), a little CPU.
const holdMemory = (megabytes) => `x=$(head -c ${megabytes}000000 /dev/zero | tr '\\0' x); sleep 1d; echo \${#x}`;
const busyEvery = (ms) => `while :; do i=0; while [ $i -lt 3000 ]; do i=$((i+1)); done; sleep ${ms / 1000}; done`;

const CONTAINERS = [
  { name: 'shop-web-1', image: 'shop/web:1.4.2', service: 'web', command: ['httpd', '-f', '-p', '127.0.0.1:18081', '-h', '/www'] },
  { name: 'shop-api-1', image: 'shop/api:1.4.2', service: 'api', command: ['sh', '-c', `${busyEvery(400)} & ${holdMemory(24)}`] },
  { name: 'shop-worker-1', image: 'shop/worker:1.4.2', service: 'worker', command: ['sh', '-c', `${busyEvery(150)} & ${holdMemory(12)}`] },
  { name: 'shop-db-1', image: 'shop/db:16', service: 'db', command: ['sh', '-c', holdMemory(48)] },
  { name: 'cache', image: 'busybox:1.36', command: ['sh', '-c', holdMemory(8)] },
  { name: 'migrate', image: 'shop/api:1.4.2', command: ['true'], exited: true },
];

// DOCKER_HOST rather than berth.docker.host: that is a machine setting, which a remote window reads
// from the remote side, not from the user settings a profile holds.
export function prepare() {
  return preparePrivateEngine(async (engine, baseImage) => {
    for (const image of new Set(CONTAINERS.map((c) => c.image))) await engine.docker(['tag', baseImage, image]);
    // the test image under its own name is of no interest here: only its new names stay
    await engine.docker(['rmi', baseImage]);
    for (const container of CONTAINERS) {
      const labels = container.service
        ? ['--label', 'com.docker.compose.project=shop', '--label', `com.docker.compose.service=${container.service}`]
        : [];
      const args = ['--init', '--network', 'host', '--name', container.name, ...labels, container.image, ...container.command];
      if (container.exited) await engine.docker(['run', ...args]);
      else await engine.docker(['run', '-d', ...args]);
    }
  });
}

export async function run({ page, runCommand, settle }) {
  await page.locator('.activitybar .action-item [aria-label="Berth"]').first().click();
  // a side bar wide enough for whole descriptions: image, status and the live figures
  const sideBar = await page.locator('.part.sidebar').boundingBox();
  await page.mouse.move(sideBar.x + sideBar.width + 1, sideBar.y + sideBar.height / 2);
  await page.mouse.down();
  await page.mouse.move(SIDE_BAR_WIDTH, sideBar.y + sideBar.height / 2, { steps: 8 });
  await page.mouse.up();
  const rows = page.locator('[id="workbench.view.extension.berth"] .monaco-list-row');
  // live figures: "· 2.3% · 24.1 MiB" at the end of a running container's description
  const withStats = rows.filter({ hasText: /\d+\.\d% · \d+(\.\d)? (KiB|MiB)/ });
  await withStats.nth(3).waitFor({ timeout: 60_000 });
  // the chart of the busiest container, beside the views, picked as the palette offers it
  await runCommand('Berth: Show Container Stats');
  await page.locator('.quick-input-widget input').fill('shop-worker-1');
  await page.locator('.quick-input-list .monaco-list-row:has-text("shop-worker-1")').first().waitFor();
  await page.keyboard.press('Enter');
  // the webview's page is an iframe inside an iframe
  await page.frameLocator('iframe.webview').frameLocator('iframe').locator('#cpu-line').waitFor({ timeout: 30_000 });
  const chart = page.frames().find((frame) => frame.childFrames().length === 0 && frame.url().includes('fake.html'))
    ?? page.frames().find((frame) => frame !== page.mainFrame() && frame.parentFrame() !== page.mainFrame());
  // enough samples (one a second) that the lines say something
  await chart.waitForFunction((samples) => document.getElementById('cpu-line').points.numberOfItems >= samples, CHART_SAMPLES, { timeout: (CHART_SAMPLES + 60) * 1000 });
  await page.mouse.move(SIDE_BAR_WIDTH + 300, 700);
  await settle();
}
