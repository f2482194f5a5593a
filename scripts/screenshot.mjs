// Takes a screenshot of Berth in real VS Code: code-server from the offline install, with the
// built extension (dist/, from `npm run build`) packaged as it is and installed, on a fresh copy
// of test/fixtures/workspace, seen through headless Chromium.
//   node scripts/screenshot.mjs [SCENARIO] [--out FILE]
// A scenario is a module in scripts/screenshots/ (default: diagnostics) that exports `output` (the
// PNG's path in the repository) and `run(vscode)`, which drives the page through the helpers
// below until it shows what the picture is about; optionally `settings`, and `prepare({ workspace })`
// resolving with `{ settings, dispose }` for what it needs around VS Code (a Docker engine, say).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { INSTALL_COMMAND, findOfflineVSCode, installExtension, launchBrowser, prepareProfile, profileIn, startCodeServer, workbenchUrl } from './vscode-offline/codeServer.mjs';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const SCENARIOS = join(ROOT, 'scripts/screenshots');
const VIEWPORT = { width: 1280, height: 800 };

/** The workbench driving the scenarios share; selectors are VS Code 1.139's. */
function workbenchHelpers(page) {
  const helpers = {
    page,
    /** Opens a workspace file by name through Quick Open and waits for its first line to render. */
    async openFile(relativePath, firstLineText) {
      await page.keyboard.press('Control+P');
      await page.locator('.quick-input-widget input').fill(relativePath);
      await page.locator('.quick-input-list .monaco-list-row').first().waitFor();
      await page.keyboard.press('Enter');
      await page.locator(`.editor-instance .view-line:has-text(${JSON.stringify(firstLineText)})`).first().waitFor();
    },
    /** Waits until the language server's diagnostics are drawn as squiggles. */
    async waitForSquiggles(count = 1) {
      const squiggles = page.locator('.editor-instance .squiggly-error, .editor-instance .squiggly-warning, .editor-instance .squiggly-info');
      await squiggles.nth(count - 1).waitFor();
    },
    /** Runs a command by its title through the command palette. */
    async runCommand(title) {
      await page.keyboard.press('F1');
      await page.locator('.quick-input-widget input').fill(`>${title}`);
      await page.locator(`.quick-input-list .monaco-list-row:has-text(${JSON.stringify(title)})`).first().waitFor();
      await page.keyboard.press('Enter');
    },
    /** Opens the Problems panel and waits for `rows` rows. */
    async showProblems(rows = 1) {
      await page.keyboard.press('Control+Shift+M');
      await page.locator('.markers-panel .monaco-list-row').nth(rows - 1).waitFor();
    },
    /** Rests the mouse on the rendered occurrence of `text` in the editor (the first, or the `nth` from 0) and waits for the hover. */
    async hover(text, nth = 0) {
      // measured on the text itself: the tokenizer decides how a line is split into spans
      const point = await page.evaluate(([needle, skip]) => {
        // counted down the editor as drawn, whatever order the DOM keeps the lines in
        const lines = [...document.querySelectorAll('.editor-instance .view-line')].sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top);
        for (const line of lines) {
          const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const at = node.textContent.indexOf(needle);
            if (at < 0 || skip-- > 0) continue;
            const range = document.createRange();
            range.setStart(node, at);
            range.setEnd(node, at + needle.length);
            const box = range.getBoundingClientRect();
            return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
          }
        }
        return undefined;
      }, [text, nth]);
      if (!point) throw new Error(`"${text}" is not on screen`);
      // A resting mouse shows the hover only once the editor listens for it; on a busy machine the
      // first rest can come too early, so the mouse leaves and rests again, as a user would.
      const shown = page.locator('.monaco-hover:visible').first();
      for (let attempt = 1; ; attempt++) {
        await page.mouse.move(point.x, point.y);
        try {
          await shown.waitFor({ timeout: 15_000 });
          break;
        } catch (error) {
          if (attempt === 3) throw error;
          await page.mouse.move(point.x, point.y + 200);
        }
      }
      await helpers.settle();
    },
    /** Focuses the editor, as a user does after looking at a panel. */
    async focusEditor() {
      await page.keyboard.press('Control+1');
    },
    /** Waits for running animations (a hover fading in) to finish, so the picture is not caught mid-way. */
    async settle() {
      await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
    },
  };
  return helpers;
}

async function main() {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { out: { type: 'string' } } });
  const name = positionals[0] ?? 'diagnostics';
  const scenarioFile = join(SCENARIOS, `${name}.mjs`);
  if (!existsSync(scenarioFile)) {
    const known = readdirSync(SCENARIOS).filter((f) => f.endsWith('.mjs')).map((f) => basename(f, '.mjs'));
    throw new Error(`no scenario "${name}"; scenarios: ${known.join(', ')}`);
  }
  const scenario = await import(scenarioFile);
  const output = resolve(ROOT, values.out ?? scenario.output);
  if (!existsSync(join(ROOT, 'dist/client.js'))) throw new Error('dist/client.js is missing: run `npm run build` first');
  const vscode = findOfflineVSCode();
  if (!vscode) throw new Error(`the offline VS Code is not installed; run: ${INSTALL_COMMAND}`);

  const scratch = mkdtempSync(join(tmpdir(), 'berth-screenshot-'));
  const workspace = join(scratch, 'sample-workspace');
  cpSync(join(ROOT, 'test/fixtures/workspace'), workspace, { recursive: true });
  // A scenario may set up more around the workspace (an engine, files) and add settings for it.
  const prepared = (await scenario.prepare?.({ workspace })) ?? {};
  const profile = prepareProfile(profileIn(scratch), { ...scenario.settings, ...prepared.settings });
  let server;
  let browser;
  let keepScratch = false;
  try {
    // packages dist/ as built (no vscode:prepublish step), so the working tree is left as it is
    const vsix = join(scratch, 'berth.vsix');
    execFileSync(join(ROOT, 'node_modules/.bin/vsce'), ['package', '--no-dependencies', '--out', vsix], { cwd: ROOT, stdio: 'ignore' });
    await installExtension(vscode, profile, vsix);
    server = await startCodeServer(vscode, profile, { folder: workspace, logFile: join(scratch, 'code-server.log') });
    browser = await launchBrowser(vscode, join(scratch, 'chromium'), { viewport: VIEWPORT });
    const page = browser.pages()[0] ?? (await browser.newPage());
    await page.goto(workbenchUrl(server, { folder: workspace }));
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
    try {
      await scenario.run(workbenchHelpers(page));
    } catch (error) {
      const failed = join(tmpdir(), `berth-screenshot-${name}-failed.png`);
      await page.screenshot({ path: failed });
      keepScratch = true;
      throw new Error(`${error instanceof Error ? error.message : error}\nthe page at that moment: ${failed}; VS Code's logs: ${scratch}`);
    }
    mkdirSync(dirname(output), { recursive: true });
    await workbenchHelpers(page).settle();
    await page.screenshot({ path: output });
    console.log(`wrote ${output}`);
  } finally {
    await browser?.close().catch(() => undefined);
    await server?.stop();
    await prepared.dispose?.();
    if (!keepScratch) rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
