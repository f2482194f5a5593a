import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import type { ServerSession } from '../support/lspClient';
import { useServer } from '../support/lspSuite';

let server: ServerSession;

useServer((started) => {
  server = started;
});

const hasCode = (code: string) => (diagnostics: Diagnostic[]) => diagnostics.some((d) => d.code === code);

function requestActions(uri: string, diagnostic: Diagnostic): Promise<CodeAction[] | null> {
  return server.connection.sendRequest<CodeAction[] | null>('textDocument/codeAction', {
    textDocument: { uri },
    range: diagnostic.range,
    context: { diagnostics: [diagnostic] },
  });
}

/** Applies an action's edits as the editor would and waits for the diagnostics of the new version. */
async function applyAndRelint(uri: string, text: string, version: number, action: CodeAction): Promise<Diagnostic[]> {
  const edited = TextDocument.applyEdits(TextDocument.create(uri, 'dockerfile', version - 1, text), action.edit?.changes?.[uri] ?? []);
  assert.notEqual(edited, text, `${action.title} changes nothing`);
  const published = server.nextDiagnostics(uri, (p) => p.version === version);
  server.change(uri, version, edited);
  return published;
}

test('a diagnostic comes back with its quick fix and both ignore actions, and each resolves it', async () => {
  const uri = 'file:///code-actions/Dockerfile';
  const text = 'FROM alpine:3.20\nWORKDIR app\nRUN echo hi\n';
  const diagnostic = (await server.openLinted(uri, text)).find((d) => d.code === 'DL3000');
  assert.ok(diagnostic, 'DL3000 is reported on a relative WORKDIR');

  const actions = (await requestActions(uri, diagnostic)) ?? [];
  assert.deepEqual(
    actions.map((a) => [a.kind, a.isPreferred ?? false]),
    [['quickfix', true], ['quickfix', false], ['quickfix', false]],
  );
  assert.deepEqual(actions.slice(1).map((a) => a.title), ['Ignore DL3000 for this instruction', 'Ignore DL3000 in this file']);
  assert.deepEqual(actions[0].diagnostics?.map((d) => d.code), ['DL3000']);

  let version = 1;
  for (const action of actions) {
    const after = await applyAndRelint(uri, text, ++version, action);
    assert.ok(!hasCode('DL3000')(after), `DL3000 still reported after "${action.title}"`);
    // Back to the original text, so the next action applies to what it was computed for.
    const restoredVersion = ++version;
    const restored = server.nextDiagnostics(uri, (p) => p.version === restoredVersion);
    server.change(uri, restoredVersion, text);
    assert.ok(hasCode('DL3000')(await restored));
  }
  server.close(uri);
});

test('actions wait for the lint of the version in the editor', async () => {
  const uri = 'file:///code-actions/edited/Dockerfile';
  const text = 'FROM alpine:3.20\nWORKDIR app\n';
  const diagnostic = (await server.openLinted(uri, text)).find((d) => d.code === 'DL3000');
  assert.ok(diagnostic);
  // Edited after that lint: until version 2 is linted (debounced), nothing is offered, even where the diagnostic still fits.
  const relinted = server.nextDiagnostics(uri, (p) => p.version === 2);
  server.change(uri, 2, `${text}RUN echo hi\n`);
  assert.deepEqual(await requestActions(uri, diagnostic), []);
  assert.ok(hasCode('DL3000')(await relinted));
  assert.equal((await requestActions(uri, diagnostic))?.length, 3);
  server.close(uri);
});
