// Helpers for the e2e suites, which run inside VS Code on a copy of test/fixtures/workspace.
import * as vscode from 'vscode';

/** The workspace folder VS Code was opened on. */
export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('VS Code was started without the fixture workspace');
  return folder.uri;
}

/** Opens a workspace file (path relative to the workspace) in an editor. */
export async function openWorkspaceFile(relativePath: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(workspaceRoot(), relativePath));
  await vscode.window.showTextDocument(document);
  return document;
}

/** A diagnostic's code as a plain string (Berth's carry a link to the rule's docs). */
export function diagnosticCode(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  return typeof code === 'object' ? String(code.value) : code === undefined ? undefined : String(code);
}

/**
 * Resolves with the document's diagnostics once `accept` holds for them, checking now and on every
 * diagnostics change; the suite's timeout bounds the wait.
 */
export function diagnosticsWhen(uri: vscode.Uri, accept: (diagnostics: vscode.Diagnostic[]) => boolean): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve) => {
    const check = () => {
      const diagnostics = vscode.languages.getDiagnostics(uri);
      if (!accept(diagnostics)) return false;
      subscription.dispose();
      resolve(diagnostics);
      return true;
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((changed) => changed.toString() === uri.toString())) check();
    });
    check();
  });
}

/** Resolves with the document's diagnostics once one has the given code. */
export function diagnosticsWithCode(uri: vscode.Uri, code: string): Promise<vscode.Diagnostic[]> {
  return diagnosticsWhen(uri, (diagnostics) => diagnostics.some((d) => diagnosticCode(d) === code));
}
