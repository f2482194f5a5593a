// The README's picture: a Dockerfile with problems, Berth's squiggles, a hover on one of them and
// the Problems panel listing the rest.
import { PICTURE_SETTINGS } from './shared/workbench.mjs';

export const output = 'docs/images/diagnostics.png';

export const settings = {
  ...PICTURE_SETTINGS,
  // below the word, so the hover covers code rather than the tabs
  'editor.hover.above': false,
};

export async function run({ openFile, waitForSquiggles, showProblems, focusEditor, hover }) {
  await openFile('api/Dockerfile', 'API server');
  await waitForSquiggles(3);
  await showProblems(3);
  await focusEditor();
  await hover('server.js');
}
