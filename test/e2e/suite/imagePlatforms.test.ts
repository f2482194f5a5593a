import * as assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { BASE_IMAGE } from '../../support/dockerEngine';
import { loadForPlatform } from '../../support/foreignPlatformImage';
import { usePrivateEngine } from '../host/privateEngine';
import { diagnosticCode, diagnosticsWithCode, openWorkspaceFile, workspaceRoot } from '../host/workspace';

const FOLDER = 'e2e-platforms';
const FOREIGN_ARCHITECTURE = process.arch === 'arm64' ? 'amd64' : 'arm64';
const FOREIGN_IMAGE = `berth-test/busybox:${FOREIGN_ARCHITECTURE}`;

// InvalidBaseImagePlatform in the editor: Berth pointed at a private engine through berth.docker.host,
// which has the test image and a copy of it for another architecture; the language server asks the
// extension for their platforms and reports the stage that expects the engine's own.
suite('Base image platforms from the engine', () => {
  usePrivateEngine(async (engine) => {
    await loadForPlatform(engine, BASE_IMAGE, FOREIGN_IMAGE, { os: 'linux', architecture: FOREIGN_ARCHITECTURE });
    await vscode.extensions.getExtension('berth.berth')!.activate();
    const dir = vscode.Uri.joinPath(workspaceRoot(), FOLDER).fsPath;
    mkdirSync(dir, { recursive: true });
    writeFileSync(`${dir}/Dockerfile`, `FROM --platform=$BUILDPLATFORM ${FOREIGN_IMAGE} AS tools\nFROM ${BASE_IMAGE}\nCOPY --from=tools /bin/busybox /bin/tools\n`);
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    rmSync(vscode.Uri.joinPath(workspaceRoot(), FOLDER).fsPath, { recursive: true, force: true });
  });

  test('InvalidBaseImagePlatform marks the image the engine has for another architecture', async function () {
    this.timeout(60_000);
    const document = await openWorkspaceFile(`${FOLDER}/Dockerfile`);
    const findings = (await diagnosticsWithCode(document.uri, 'InvalidBaseImagePlatform')).filter((d) => diagnosticCode(d) === 'InvalidBaseImagePlatform');
    assert.equal(findings.length, 1, 'only the stage on the foreign image');
    assert.equal(document.getText(findings[0].range), FOREIGN_IMAGE);
    assert.equal(findings[0].severity, vscode.DiagnosticSeverity.Warning);
    assert.match(findings[0].message, new RegExp(`pulled with platform "linux/${FOREIGN_ARCHITECTURE}", expected "linux/(amd64|arm64)"`));
  });
});
