import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { diagnosticCode, diagnosticsWhen, diagnosticsWithCode, openWorkspaceFile } from '../host/workspace';

suite('Dockerfile diagnostics', () => {
  test('Berth activates for a Dockerfile', async () => {
    const document = await openWorkspaceFile('Dockerfile');
    assert.equal(document.languageId, 'dockerfile');
    const berth = vscode.extensions.getExtension('berth.berth');
    assert.ok(berth, 'the extension under development is loaded');
    await diagnosticsWithCode(document.uri, 'DL3007');
    assert.equal(berth.isActive, true);
  });

  test('DL3007 on `FROM golang:latest` arrives through the language server on line 1', async () => {
    const document = await openWorkspaceFile('Dockerfile');
    const dl3007 = (await diagnosticsWithCode(document.uri, 'DL3007')).find((d) => diagnosticCode(d) === 'DL3007')!;
    assert.equal(dl3007.range.start.line, 0);
    assert.equal(document.getText(dl3007.range).includes('latest'), true, `range covers the tag, got "${document.getText(dl3007.range)}"`);
    assert.equal(dl3007.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(dl3007.source, 'berth');
    const target = typeof dl3007.code === 'object' ? dl3007.code.target : undefined;
    assert.match(String(target), /DL3007/, 'the code links to the rule docs');
  });

  test('fixing the tag in the editor clears DL3007 without saving', async () => {
    const document = await openWorkspaceFile('Dockerfile');
    await diagnosticsWithCode(document.uri, 'DL3007');
    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, document.lineAt(0).range, 'FROM golang:1.23');
    assert.equal(await vscode.workspace.applyEdit(edit), true);
    const after = await diagnosticsWhen(document.uri, (diagnostics) => !diagnostics.some((d) => diagnosticCode(d) === 'DL3007'));
    assert.deepEqual(after.filter((d) => diagnosticCode(d) === 'DL3007'), []);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
