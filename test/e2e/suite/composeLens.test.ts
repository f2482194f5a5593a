import * as assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import * as vscode from 'vscode';
import type { ComposeCommandResult } from '../../../client/src/commands/compose/composeRunner';
import type { BerthApi } from '../../../client/src/extension';
import { engineService } from '../../support/composeServices';
import { PROJECT_LABEL, SERVICE_LABEL } from '../../../client/src/compose/serviceStates';
import { usePrivateEngine } from '../host/privateEngine';
import { openWorkspaceFile, workspaceRoot } from '../host/workspace';

const COMPOSE = `services:\n${engineService('web')}${engineService('worker')}`;
const FOLDER = 'e2e-lens';
/** Named in the folder's .env, not after the folder: the lens must read it to find the containers. */
const PROJECT = 'berth-e2e-shop';

interface ServiceLenses {
  up?: vscode.CodeLens;
  state?: string;
}

/** The lenses of each service, by the line of its key. */
async function lensesByLine(uri: vscode.Uri): Promise<Map<number, ServiceLenses>> {
  const lenses = (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri)) ?? [];
  const byLine = new Map<number, ServiceLenses>();
  for (const lens of lenses) {
    const entry = byLine.get(lens.range.start.line) ?? {};
    if (lens.command?.command === 'berth.compose.up') entry.up = lens;
    else if (lens.command) entry.state = lens.command.title;
    byLine.set(lens.range.start.line, entry);
  }
  return byLine;
}

// Compose Up from a service's lens on a private engine (Compose v1 here), Berth pointed at it
// through berth.docker.host, in a folder whose .env sets COMPOSE_PROJECT_NAME; the state lens finds
// the containers by that project name and follows the engine's events.
suite('Compose CodeLens', () => {
  let api: BerthApi;
  let uri: vscode.Uri;
  const WEB_LINE = 1;
  const WORKER_LINE = 6;

  /**
   * Resolves with the lenses once `accept` holds for them, checking now and after each change
   * Berth announces (the check that a change interrupts runs again).
   */
  function lensesWhen(accept: (lenses: Map<number, ServiceLenses>) => boolean): Promise<Map<number, ServiceLenses>> {
    return new Promise((resolve, reject) => {
      let running = false;
      let again = false;
      const check = async () => {
        if (running) {
          again = true;
          return;
        }
        running = true;
        try {
          do {
            again = false;
            const lenses = await lensesByLine(uri);
            if (accept(lenses)) {
              subscription.dispose();
              resolve(lenses);
              return;
            }
          } while (again);
        } catch (error) {
          subscription.dispose();
          reject(error);
        } finally {
          running = false;
        }
      };
      const subscription = api.onDidChangeComposeLenses(() => void check());
      void check();
    });
  }

  const engine = usePrivateEngine(async () => {
    api = await vscode.extensions.getExtension<BerthApi>('berth.berth')!.activate();
    const dir = vscode.Uri.joinPath(workspaceRoot(), FOLDER);
    mkdirSync(dir.fsPath, { recursive: true });
    writeFileSync(vscode.Uri.joinPath(dir, 'compose.yaml').fsPath, COMPOSE);
    writeFileSync(vscode.Uri.joinPath(dir, '.env').fsPath, `# the project is not named after the folder\nCOMPOSE_PROJECT_NAME=${PROJECT}\n`);
  });

  suiteSetup(async () => {
    uri = (await openWorkspaceFile(`${FOLDER}/compose.yaml`)).uri;
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    // other suites list the workspace's Compose files
    rmSync(vscode.Uri.joinPath(workspaceRoot(), FOLDER).fsPath, { recursive: true, force: true });
  });

  test('each service has an Up lens for itself alone and a state lens: not created yet', async () => {
    const lenses = await lensesWhen((l) => l.get(WEB_LINE)?.state === 'not created' && l.get(WORKER_LINE)?.state === 'not created');
    assert.deepEqual([...lenses.keys()].sort(), [WEB_LINE, WORKER_LINE]);
    for (const [line, service] of [[WEB_LINE, 'web'], [WORKER_LINE, 'worker']] as const) {
      const up = lenses.get(line)!.up;
      assert.equal(up?.command?.title, '▶ Up');
      const [options] = up.command.arguments as [{ file: vscode.Uri; services: string[]; profiles: string[] }];
      assert.equal(options.file.toString(), uri.toString());
      assert.deepEqual([options.services, options.profiles], [[service], []]);
    }
  });

  test("the web service's Up lens command starts only web, in the project .env names, and its state lens turns to running", async function () {
    this.timeout(120_000);
    const up = (await lensesByLine(uri)).get(WEB_LINE)!.up!.command!;
    const result = await vscode.commands.executeCommand<ComposeCommandResult>(up.command, ...(up.arguments ?? []));
    assert.equal(result?.exitCode, 0);
    const lenses = await lensesWhen((l) => l.get(WEB_LINE)?.state === 'running');
    assert.equal(lenses.get(WORKER_LINE)?.state, 'not created');
    // the project the container went into is the one .env names, not the folder's
    const listed = await engine().docker(['ps', '--all', '--filter', `label=${PROJECT_LABEL}=${PROJECT}`, '--format', `{{.Label "${SERVICE_LABEL}"}} {{.State}}`]);
    assert.equal(listed.trim(), 'web running');
  });

  test('with no engine answering, each service keeps only its Up lens', async () => {
    const nowhere = `unix://${vscode.Uri.joinPath(workspaceRoot(), FOLDER, 'no-engine.sock').fsPath}`;
    await vscode.workspace.getConfiguration('berth.docker').update('host', nowhere, vscode.ConfigurationTarget.Global);
    const lenses = await lensesWhen((l) => [...l.values()].every((service) => service.state === undefined));
    assert.deepEqual([...lenses.keys()].sort(), [WEB_LINE, WORKER_LINE]);
    assert.ok([...lenses.values()].every((service) => service.up !== undefined));
  });
});
