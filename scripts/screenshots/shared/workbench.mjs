// What every picture's window shares: its settings, and for pictures that need one, a private Docker
// engine (test/support/dockerEngine.ts) that VS Code, started with DOCKER_HOST pointing at it,
// reaches as a user's would.
import { tsImport } from 'tsx/esm/api';

/** The default dark theme, no minimap, the command center, and nothing else in the title bar or beside the editor. */
export const PICTURE_SETTINGS = {
  'workbench.colorTheme': 'Default Dark Modern',
  'editor.minimap.enabled': false,
  'window.commandCenter': true,
  'workbench.layoutControl.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
};

/**
 * Starts the engine, lets `setup(engine, baseImage)` put images and files in place, then points
 * DOCKER_HOST at the engine for the VS Code about to start. Resolves with a scenario's `prepare`
 * result: its `dispose` restores DOCKER_HOST and stops the engine.
 */
export async function preparePrivateEngine(setup) {
  const { BASE_IMAGE, startDockerEngine } = await tsImport('../../../test/support/dockerEngine.ts', import.meta.url);
  const engine = await startDockerEngine();
  try {
    await setup(engine, BASE_IMAGE);
  } catch (error) {
    await engine.dispose();
    throw error;
  }
  const saved = process.env.DOCKER_HOST;
  process.env.DOCKER_HOST = engine.host;
  const dispose = async () => {
    if (saved === undefined) delete process.env.DOCKER_HOST;
    else process.env.DOCKER_HOST = saved;
    await engine.dispose();
  };
  return { dispose };
}
