// The README's picture of editing a Dockerfile: a multi-stage file, completion after a new `FROM `
// (the stages above it and the images of the local engine) and a hover on a variable showing its
// value and where it is declared.
import { multiStageWorkspace, MULTI_STAGE_SETTINGS } from './shared/multiStage.mjs';

export const output = 'docs/images/editing.png';

export const settings = MULTI_STAGE_SETTINGS;

export const prepare = multiStageWorkspace;

export async function run({ page, openFile, hover, settle }) {
  await openFile('hello/Dockerfile', 'static binary');
  // the stage names are semantic tokens: once coloured, the server has the file
  await page.locator('.editor-instance .view-line:has-text("COPY --from=build")').first().waitFor();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('FROM ');
  await page.keyboard.press('Control+Space');
  // the stages come first (their icon shows the server answered), then the engine's images
  await page.locator('.suggest-widget.visible .monaco-list-row .codicon-symbol-reference').first().waitFor();
  // the local image's details beside the list: what the engine knows of it
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.locator('.suggest-widget.visible .monaco-list-row.focused:has-text("busybox:1.36")').waitFor();
  await page.keyboard.press('Control+Space');
  await page.locator('.suggest-details-container .docs:has-text("Tags")').waitFor();
  await hover('GO_VERSION', 1);
  await settle();
}
