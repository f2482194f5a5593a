import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toDiagnostic } from '../../lint/diagnostics';
import { lintCompose } from '../lint';
import { codeActions } from './codeActions';

test('each diagnostic with a fix gets one preferred quick fix; others get none', () => {
  const text = 'version: "3"\nservices:\n  web:\n    imag: nginx\n    depends_on: [dbb]\n    ports: "80"\n  db:\n    image: postgres\n';
  const { findings } = lintCompose({ text });
  const diagnostics = findings.map(toDiagnostic);
  const actions = codeActions({ textDocument: { uri: 'untitled:c' }, context: { diagnostics } }, findings);
  assert.deepEqual(actions.map((a) => [a.title, a.diagnostics?.[0].code]), [
    ['Remove the obsolete `version`', 'ObsoleteVersion'],
    ['Change to `image`', 'UnknownKey'],
    ['Change to `db`', 'UndefinedService'],
  ]);
  assert.ok(actions.every((a) => a.isPreferred));
  assert.deepEqual(codeActions({ textDocument: { uri: 'untitled:c' }, context: { diagnostics, only: ['refactor'] } }, findings), []);
  // A diagnostic from an older version matches no current finding.
  assert.deepEqual(codeActions({ textDocument: { uri: 'untitled:c' }, context: { diagnostics } }, []), []);
});
