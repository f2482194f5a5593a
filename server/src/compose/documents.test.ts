import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isMap, type YAMLMap } from 'yaml';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ParsedComposeDocuments } from './documents';
import { lintCompose } from './lint';
import type { ComposeContext } from './context';

const TEXT = 'services:\n  web:\n    image: nginx\n  db:\n    image: postgres\n  cache:\n    image: redis\n';

function edit(document: TextDocument, from: string, to: string): TextDocument {
  const start = document.getText().indexOf(from);
  assert.ok(start >= 0, from);
  const range = { start: document.positionAt(start), end: document.positionAt(start + from.length) };
  return TextDocument.update(document, [{ range, text: to }], document.version + 1);
}

/** The node of a service, as parsed. */
function serviceNode(file: ComposeContext, name: string): unknown {
  const services = file.roots[0].items.find((pair) => (pair.key as { value: unknown }).value === 'services')!.value as YAMLMap;
  return services.items.find((pair) => (pair.key as { value: unknown }).value === name)?.value;
}

test('a new version reparses only the service an edit changed, and reads as a whole parse', () => {
  const parses = new ParsedComposeDocuments();
  let document = TextDocument.create('file:///p/compose.yaml', 'dockercompose', 1, TEXT);
  const first = parses.get(document);
  document = edit(document, 'postgres', 'postgres:17');
  const second = parses.get(document);
  assert.equal(serviceNode(second, 'web'), serviceNode(first, 'web'), 'the service before the edit is the earlier parse\'s');
  assert.notEqual(serviceNode(second, 'cache'), serviceNode(first, 'cache'), 'the service after it is a moved copy');
  assert.equal(second.model.services.get('db')!.entries.get('image')!.value!.toString(), 'postgres:17');
  const cacheImage = second.model.services.get('cache')!.entries.get('image')!.key.range!;
  assert.equal(second.text.slice(cacheImage[0], cacheImage[1]), 'image', 'offsets after the edit moved with it');
  assert.equal(first.text.slice(...(first.model.services.get('cache')!.entries.get('image')!.key.range!.slice(0, 2) as [number, number])), 'image', 'the earlier parse is untouched');
});

test('after a version with a YAML error, the next one reparses from the last clean version', () => {
  const parses = new ParsedComposeDocuments();
  let document = TextDocument.create('file:///p/compose.yaml', 'dockercompose', 1, TEXT);
  const clean = parses.get(document);
  document = edit(document, 'image: postgres', 'image: "postgres');
  assert.ok(parses.get(document).yaml.problems.length > 0);
  document = edit(document, 'image: "postgres', 'image: "postgres"');
  const fixed = parses.get(document);
  assert.deepEqual(fixed.yaml.problems, []);
  assert.equal(serviceNode(fixed, 'web'), serviceNode(clean, 'web'));
  assert.ok(isMap(serviceNode(fixed, 'db')));
  assert.equal(fixed.model.services.get('db')!.entries.get('image')!.value!.toString(), 'postgres');
});

test('findings in a reparsed version land on the new text, after the edit too', () => {
  const parses = new ParsedComposeDocuments();
  let document = TextDocument.create('file:///p/compose.yaml', 'dockercompose', 1, TEXT.replace('    image: redis\n', '    image: redis\n    restrat: always\n'));
  parses.get(document);
  document = edit(document, '    image: postgres\n', '    image: postgres\n    imag: x\n    ports: ["80:80"]\n');
  const { findings } = lintCompose({ text: document.getText(), parsed: parses.get(document) });
  const unknown = findings.filter((f) => f.code === 'UnknownKey').map((f) => document.getText(f.range));
  assert.deepEqual(unknown, ['imag', 'restrat']);
});
