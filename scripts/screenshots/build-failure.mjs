// The README's picture of a failed build: Build Image run from the palette on a Dockerfile whose RUN
// step fails, the builder's error on that line in the editor and in the Problems panel. The build
// runs for real, on a private Docker engine.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PICTURE_SETTINGS, preparePrivateEngine } from './shared/workbench.mjs';

export const output = 'docs/images/build-failure.png';

export const settings = PICTURE_SETTINGS;

const DOCKERFILE = [
  '# Static site served by busybox httpd.',
  'FROM busybox:1.36',
  'WORKDIR /srv',
  'COPY site/ ./',
  'RUN test -f index.html || (echo "site/index.html is missing" >&2; exit 1)',
  'EXPOSE 8080',
  'CMD ["httpd", "-f", "-p", "8080", "-h", "/srv"]',
  '',
].join('\n');

export function prepare({ workspace }) {
  return preparePrivateEngine(async (engine, baseImage) => {
    // a familiar name for the offline test image in the picture
    await engine.docker(['tag', baseImage, 'busybox:1.36']);
    mkdirSync(join(workspace, 'web/site'), { recursive: true });
    writeFileSync(join(workspace, 'web/Dockerfile'), DOCKERFILE);
    writeFileSync(join(workspace, 'web/site/style.css'), 'body { font-family: sans-serif; }\n');
  });
}

export async function run({ page, openFile, runCommand, showProblems, focusEditor }) {
  await openFile('web/Dockerfile', 'Static site');
  await runCommand('Berth: Build Image');
  const input = page.locator('.quick-input-widget');
  // each question is answered with its default: the Dockerfile in the editor, its folder's name as
  // the tag, its folder as the context, the engine's platform
  await input.locator('.monaco-list-row:has-text("web/Dockerfile")').first().waitFor();
  await page.keyboard.press('Enter');
  for (const question of ['image tag', 'build context', 'platform']) {
    await input.locator(`.quick-input-title:has-text("${question}")`).waitFor();
    await page.keyboard.press('Enter');
  }
  // the builder's error arrives as an error squiggle (the file has no lint errors of its own)
  await page.locator('.editor-instance .squiggly-error').first().waitFor({ timeout: 120_000 });
  await showProblems(1);
  await page.locator('.markers-panel .monaco-list-row:has-text("docker build")').first().waitFor();
  await focusEditor();
}
