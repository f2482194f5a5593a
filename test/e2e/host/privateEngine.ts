// A suite's own private Docker engine (test/support/dockerEngine.ts), started from inside the
// extension host, with Berth pointed at it through berth.docker.host as a user would point it.
import * as vscode from 'vscode';
import { startDockerEngine, type DockerEngine } from '../../support/dockerEngine';

/**
 * Starts the engine before the suite, runs `prepare` on it (containers, images, files the suite
 * needs before Berth looks), then sets berth.docker.host; after the suite, unsets it and stops the
 * engine. Returns the engine for the suite's tests.
 */
export function usePrivateEngine(prepare: (engine: DockerEngine) => Promise<void> = async () => undefined): () => DockerEngine {
  let engine: DockerEngine | undefined;
  suiteSetup(async function () {
    this.timeout(120_000);
    engine = await startDockerEngine();
    await prepare(engine);
    await vscode.workspace.getConfiguration('berth.docker').update('host', engine.host, vscode.ConfigurationTarget.Global);
  });
  suiteTeardown(async function () {
    this.timeout(60_000);
    await vscode.workspace.getConfiguration('berth.docker').update('host', undefined, vscode.ConfigurationTarget.Global);
    await engine?.dispose();
  });
  return () => {
    if (!engine) throw new Error('the private engine did not start');
    return engine;
  };
}
