import { test } from 'node:test';
import assert from 'node:assert/strict';
import { siblingKeys, textContextAt, TextLines } from './textContext';

/** The context at the `|` in the text. */
function at(text: string) {
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.includes('|'));
  const character = lines[line].indexOf('|');
  lines[line] = lines[line].replace('|', '');
  return textContextAt(new TextLines(lines.join('\n')), line, character);
}

test('a key being typed in a nested mapping, with the path above it', () => {
  assert.deepEqual(at('services:\n  web:\n    image: x\n    healthcheck:\n      inter|'), { mode: 'key', path: ['services', 'web', 'healthcheck'], partial: 'inter', start: 6, column: 6 });
});

test('a value after key: and a list item after -', () => {
  assert.deepEqual(at('services:\n  web:\n    restart: un|'), { mode: 'value', path: ['services', 'web', 'restart'], partial: 'un', start: 13, column: 4 });
  assert.deepEqual(at('services:\n  web:\n    depends_on:\n      - db\n      - |'), { mode: 'item', path: ['services', 'web', 'depends_on'], partial: '', start: 8, column: 8 });
  assert.deepEqual(at('services:\n  web:\n    depends_on: [db, |'), { mode: 'item', path: ['services', 'web', 'depends_on'], partial: '', start: 21, column: 4 });
});

test('keys inside list items, with markers at or right of the list key', () => {
  const text = 'services:\n  web:\n    volumes:\n    - type: bind\n      source: .\n      |';
  assert.deepEqual(at(text)?.path, ['services', 'web', 'volumes', '[]']);
  assert.deepEqual(at('services:\n  web:\n    ports:\n      - target: 80\n        proto|')?.path, ['services', 'web', 'ports', '[]']);
  assert.deepEqual(at('services:\n  web:\n    ports:\n      - target: 80\n        protocol: u|')?.path, ['services', 'web', 'ports', '[]', 'protocol']);
});

test('blank lines, comments and anchors above do not break the path; a comment line has no context', () => {
  assert.deepEqual(at('services:\n  web: &web\n\n    # note\n    build: !override\n      con|')?.path, ['services', 'web', 'build']);
  assert.equal(at('services:\n  # com|'), undefined);
});

test('sibling keys of the mapping being written are known, list items apart', () => {
  const lines = ['services:', '  web:', '    image: x', '    ', '    ports: []', '  db:', '    image: y'];
  assert.deepEqual([...siblingKeys(new TextLines(lines.join('\n')), 3, 4)].sort(), ['image', 'ports']);
  const items = ['volumes:', '  - type: bind', '    source: .', '    ', '  - type: volume'];
  assert.deepEqual([...siblingKeys(new TextLines(items.join('\n')), 3, 4)].sort(), ['source', 'type']);
});
