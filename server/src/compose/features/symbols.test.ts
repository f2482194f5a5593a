import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SymbolKind } from 'vscode-languageserver-types';
import { ComposeContext } from '../context';
import { documentSymbols } from './symbols';

test('the outline has each section with what it defines, across documents, with exact ranges', () => {
  const text = 'x-base: &b {image: x}\nservices:\n  web:\n    <<: *b\n  db:\n    image: postgres\nnetworks:\n  front:\n---\nvolumes:\n  data: {}\n';
  const file = new ComposeContext(text);
  const symbols = documentSymbols(file);
  assert.deepEqual(symbols.map((s) => [s.name, s.kind, (s.children ?? []).map((c) => c.name)]), [
    ['x-base', SymbolKind.Object, []],
    ['services', SymbolKind.Namespace, ['web', 'db']],
    ['networks', SymbolKind.Namespace, ['front']],
    ['volumes', SymbolKind.Namespace, ['data']],
  ]);
  const db = symbols[1].children![1];
  assert.equal(file.document.getText(db.selectionRange), 'db');
  assert.equal(file.document.getText(db.range), 'db:\n    image: postgres');
});
