import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isAlias, isMap, isPair, isScalar, isSeq } from 'yaml';
import { parseComposeYaml, type ParsedYaml } from './parse';
import { reparseEdited } from './reparse';

/** Everything rules and features read of a parse: each node's kind, offsets, value, style, tag and anchor; the problems; the `$` values. */
function readable(parsed: ParsedYaml): unknown {
  const node = (n: unknown): unknown => {
    if (n === null || n === undefined) return n;
    if (isPair(n)) return { key: node(n.key), value: node(n.value) };
    if (isScalar(n)) return { scalar: typeof n.value === 'symbol' ? String(n.value) : n.value, range: n.range, type: n.type, source: n.source, tag: n.tag, anchor: n.anchor };
    if (isAlias(n)) return { alias: n.source, range: n.range };
    if (isMap(n) || isSeq(n)) return { [isMap(n) ? 'map' : 'seq']: n.items.map(node), range: n.range, flow: n.flow, tag: n.tag, anchor: n.anchor };
    return { other: String(n) };
  };
  return {
    documents: parsed.documents.map((doc) => ({ contents: node(doc.contents), range: doc.range })),
    problems: parsed.problems,
    dollars: parsed.dollarValues.map((scalar) => scalar.range).sort((a, b) => a![0] - b![0]),
    anchored: parsed.anchored,
  };
}

/** Reparses `after` from `before`'s parse; when it does, the result must be the whole-file parse's. */
function reparsed(before: string, after: string): boolean {
  const base = parseComposeYaml(before);
  const baseView = JSON.stringify(readable(base));
  const result = reparseEdited(base, before, after);
  assert.equal(JSON.stringify(readable(base)), baseView, 'the earlier parse is left as it was');
  if (result) assert.deepEqual(readable(result), readable(parseComposeYaml(after)), `reparse differs for:\n${after}`);
  return result !== undefined;
}

const FILE = [
  'name: demo',
  'services:',
  '  web:',
  '    image: nginx:${TAG:-1}',
  '    command: |',
  '      echo one',
  '      echo two',
  '    ports:',
  '      - "80:80"',
  '# a comment at the margin, inside web',
  '    depends_on: [db,',
  '      cache]',
  '    environment:',
  '      NOTE: "a long',
  '        line"',
  '  db:',
  '    image: postgres',
  '',
  '  cache:',
  '    image: redis',
  '  queue:',
  '    image: rabbitmq',
  'networks:',
  '  front:',
  '    driver: bridge',
  '  back: {}',
  'volumes:',
  '  data:',
  '',
].join('\n');

const replace = (text: string, from: string, to: string) => {
  assert.ok(text.includes(from), from);
  return text.replace(from, to);
};

test('an edit inside one entry of a top-level block reparses that entry alone, as the whole file would read', () => {
  assert.ok(reparsed(FILE, replace(FILE, 'image: postgres', 'image: postgres:17')), 'a value');
  assert.ok(reparsed(FILE, replace(FILE, '    image: postgres\n', '    image: postgres\n    restart: always\n')), 'a new key');
  assert.ok(reparsed(FILE, replace(FILE, '      - "80:80"\n', '')), 'a removed line');
  assert.ok(reparsed(FILE, replace(FILE, '    environment:', '    environment: # margin above')), 'past a comment at the margin');
  assert.ok(reparsed(FILE, replace(FILE, '  db:', '  database:')), 'the entry renamed');
  assert.ok(reparsed(FILE, replace(FILE, 'echo two', 'echo three')), 'in a block scalar');
  assert.ok(reparsed(FILE, replace(FILE, 'cache]', 'cache, db]')), 'a flow list over two lines');
  assert.ok(reparsed(FILE, replace(FILE, '        line"', '        line, longer"')), 'a quoted string over two lines');
  assert.ok(reparsed(FILE, replace(FILE, '  web:\n', '  web:\n    init: true\n')), 'the first entry');
  assert.ok(reparsed(FILE, replace(FILE, '    driver: bridge', '    driver: overlay')), 'another section');
  assert.ok(reparsed(FILE, replace(FILE, '    image: redis\n', '    image: redis\n\n# spare\n')), 'blank and comment lines at the end of an entry');
  assert.ok(reparsed(FILE, replace(FILE, 'postgres\n\n  cache', 'postgres\n  cache')), 'a blank line between entries removed');
});

test('the whole file is parsed when an edit reaches past one entry or changes what the entry is', () => {
  assert.ok(!reparsed(FILE, replace(FILE, '  db:\n', '  db:\n  extra:\n    image: x\n')), 'a new entry');
  assert.ok(!reparsed(FILE, replace(FILE, 'postgres\n\n  cache:\n    image: redis', 'pg\n\n  cache:\n    image: rd')), 'two entries changed');
  assert.ok(!reparsed(FILE, replace(FILE, '  cache:', 'x  cache:')), 'text before the next entry\'s key');
  assert.ok(!reparsed(FILE, replace(FILE, 'services:', 'services: # all')), 'the section key');
  assert.ok(!reparsed(FILE, replace(FILE, 'name: demo', 'name: other')), 'a top-level scalar');
  assert.ok(!reparsed(FILE, replace(FILE, '    image: postgres\n', '    image: postgres\nx: 1\n')), 'a line at the margin inside an entry');
  assert.ok(!reparsed(FILE, replace(FILE, '    image: redis', '    image: "redis')), 'an unclosed quote');
  assert.ok(!reparsed(FILE, replace(FILE, '    image: redis', '    image: [redis')), 'an unclosed flow list');
  assert.ok(!reparsed(FILE, replace(FILE, '  db:', '   db:')), 'the key moved');
  assert.ok(!reparsed(FILE, replace(FILE, '  db:\n    image: postgres', '  db:\n  - postgres')), 'a list at the key\'s column');
});

test('a base parse with anchors, directives, problems or several documents is never reused', () => {
  const anchored = replace(FILE, '  db:\n    image: postgres', '  db: &db\n    image: postgres');
  assert.ok(!reparsed(anchored, replace(anchored, 'image: postgres', 'image: postgres:17')), 'an anchor');
  const directive = `%YAML 1.1\n---\n${FILE}`;
  assert.ok(!reparsed(directive, replace(directive, 'image: postgres', 'image: yes')), '%YAML 1.1 reads yes as true');
  const broken = replace(FILE, 'image: redis', 'image: [redis');
  assert.ok(!reparsed(broken, replace(broken, 'image: postgres', 'image: postgres:17')), 'a problem');
  const two = `${FILE}---\nservices:\n  other:\n    image: x\n`;
  assert.ok(!reparsed(two, replace(two, 'image: postgres', 'image: postgres:17')), 'two documents');
});

test('random edits, each on the last clean version: whenever a block is reparsed, it reads as the whole file does', () => {
  // A fixed seed: the same edits every run.
  let seed = 42;
  const random = (below: number) => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed % below;
  };
  const typed = [' ', '\n', ':', '-', '#', '"', "'", '[', ']', '{', '}', ',', '|', '>', '&a', '*a', '!', '%', 'a', '1', '$', '\n    x: 1', '\n  y:', '\n      - z', '---', '\t'];
  let text = FILE;
  let parsed = parseComposeYaml(FILE);
  let reused = 0;
  for (let i = 0; i < 600; i++) {
    const at = random(text.length);
    const edited = random(3) === 0 ? text.slice(0, at) + text.slice(at + 1) : text.slice(0, at) + typed[random(typed.length)] + text.slice(at);
    const whole = parseComposeYaml(edited);
    const again = reparseEdited(parsed, text, edited);
    if (again) {
      reused++;
      assert.deepEqual(readable(again), readable(whole), `reparse differs for:\n${edited}`);
    }
    // As the server does: the next edit starts from the last version that parsed clean (reparsed or not).
    if (whole.problems.length === 0) {
      text = edited;
      parsed = again ?? whole;
    }
  }
  // Most characters typed inside an entry leave it one clean entry.
  assert.ok(reused > 100, `only ${reused} of 600 edits were reparsed alone`);
});
