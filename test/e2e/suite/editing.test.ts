import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { diagnosticCode, diagnosticsWhen, diagnosticsWithCode } from '../host/workspace';

// Berth's editing features through VS Code's own commands, as a user's editor reaches them.
const MULTI_STAGE = ['FROM golang:1.23 as build', 'RUN go build -o /app .', 'FROM alpine:3.20', 'COPY --from=build /app /app', 'FROM ', ''].join('\n');

/** An untitled Dockerfile with the text, once the server has linted it (so it answers requests). */
async function openDockerfile(content: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument({ language: 'dockerfile', content });
  await vscode.window.showTextDocument(document);
  // `as` against `FROM` is a FromAsCasing finding: its arrival shows the server has this version.
  await diagnosticsWithCode(document.uri, 'FromAsCasing');
  return document;
}

async function close(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
}

async function completionLabels(document: vscode.TextDocument, position: vscode.Position): Promise<string[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, position);
  return list.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
}

suite('Dockerfile editing', () => {
  test('completion offers earlier stages after FROM and after --from=', async () => {
    const document = await openDockerfile(MULTI_STAGE);
    assert.ok((await completionLabels(document, new vscode.Position(4, 5))).includes('build'), 'after FROM');
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, new vscode.Position(5, 0), 'COPY --from=');
    assert.equal(await vscode.workspace.applyEdit(edit), true);
    assert.deepEqual(await completionLabels(document, new vscode.Position(5, 12)), ['build']);
    await close();
  });

  test('hover on an instruction explains it and links the reference', async () => {
    const document = await openDockerfile(MULTI_STAGE);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, new vscode.Position(1, 1));
    const text = hovers.flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : content.value))).join('\n');
    assert.match(text, /\*\*RUN\*\*: Runs a command/);
    assert.match(text, /docs\.docker\.com\/reference\/dockerfile\/#run/);
    await close();
  });

  test('renaming a stage changes its AS name and every reference', async () => {
    const document = await openDockerfile(MULTI_STAGE);
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', document.uri, new vscode.Position(3, 14), 'compile');
    assert.equal(await vscode.workspace.applyEdit(edit), true);
    assert.equal(document.lineAt(0).text, 'FROM golang:1.23 as compile');
    assert.equal(document.lineAt(3).text, 'COPY --from=compile /app /app');
    await close();
  });

  test('a quick fix from executeCodeActionProvider resolves its diagnostic', async () => {
    const document = await openDockerfile(MULTI_STAGE);
    const diagnostic = vscode.languages.getDiagnostics(document.uri).find((d) => diagnosticCode(d) === 'FromAsCasing')!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((action) => action.isPreferred);
    assert.ok(fix?.edit, `a preferred fix among ${actions.map((a) => a.title).join(', ')}`);
    assert.equal(fix.title, "Write 'AS'");
    assert.equal(await vscode.workspace.applyEdit(fix.edit), true);
    assert.equal(document.lineAt(0).text, 'FROM golang:1.23 AS build');
    await diagnosticsWhen(document.uri, (diagnostics) => !diagnostics.some((d) => diagnosticCode(d) === 'FromAsCasing'));
    await close();
  });
});
