import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isAlias, isMap, isSeq } from 'yaml';
import { ComposeContext } from './context';
import { parseComposeYaml } from './parse';

/** The nine-level alias bomb: a few hundred bytes standing for a billion values. */
function aliasBomb(levels = 9): string {
  const lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
  for (let i = 1; i <= levels; i++) lines.push(`a${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(', ')}]`);
  return `${lines.join('\n')}\n`;
}

test('an alias bomb is refused with one error, quickly, and its aliases are not followed', () => {
  const start = performance.now();
  const parsed = parseComposeYaml(aliasBomb());
  const elapsed = performance.now() - start;
  assert.equal(parsed.aliasesResolved, false);
  assert.deepEqual(parsed.problems.map((p) => p.code), ['ALIAS_BUDGET']);
  const file = new ComposeContext(aliasBomb());
  const second = file.roots[0].items[1].value;
  assert.ok(isSeq(second) && isAlias(second.items[0]));
  assert.equal(file.resolve(second.items[0]), null, 'a refused alias resolves to nothing');
  // Measured, not asserted: the budget check is linear in the file.
  console.log(`alias bomb refused in ${elapsed.toFixed(1)} ms`);
});

test('ordinary anchors, aliases and merge keys resolve; own keys win over merged ones', () => {
  const file = new ComposeContext('x-base: &base\n  image: nginx\n  restart: always\nservices:\n  web:\n    <<: *base\n    restart: "no"\n');
  assert.deepEqual(file.yaml.problems, []);
  const web = file.model.services.get('web')!;
  assert.deepEqual([...web.entries.keys()].sort(), ['image', 'restart']);
  assert.equal((web.entries.get('restart')!.value as { value: unknown }).value, 'no');
  assert.equal(web.entries.get('image')!.merged, true);
});

test('merge keys take a list of sources, the earlier source winning', () => {
  const file = new ComposeContext('x-a: &a {image: a}\nx-b: &b {image: b, user: b}\nservices:\n  web:\n    <<: [*a, *b]\n');
  const web = file.model.services.get('web')!;
  assert.equal((web.entries.get('image')!.value as { value: unknown }).value, 'a');
  assert.equal((web.entries.get('user')!.value as { value: unknown }).value, 'b');
});

test('!reset and !override are known tags on scalars, mappings and sequences', () => {
  const parsed = parseComposeYaml('services:\n  web:\n    image: !reset null\n    ports: !override\n      - "80:80"\n    environment: !reset {}\n    volumes: !reset []\n');
  assert.deepEqual(parsed.problems, []);
  const services = parsed.documents[0].get('services', true);
  assert.ok(isMap(services));
});

test('several documents in one file all count, a later one adding to an earlier one', () => {
  const file = new ComposeContext('services:\n  web:\n    image: nginx\n---\nservices:\n  web:\n    ports: ["80:80"]\n  db:\n    image: postgres\n');
  assert.deepEqual([...file.model.services.keys()], ['web', 'db']);
  assert.deepEqual([...file.model.services.get('web')!.entries.keys()], ['image', 'ports']);
  assert.equal(file.model.services.get('web')!.definitions.length, 2);
});

test('bad input gives problems, never an exception', () => {
  const inputs = {
    tabs: 'services:\n\tweb:\n\t\timage: x\n',
    duplicate: 'services:\n  web: {}\n  web: {}\n',
    broken: 'services: [\n  web: {\n',
    deepFlow: `a: ${'{b: '.repeat(5000)}1${'}'.repeat(5000)}`,
    deepSequence: `a: ${'['.repeat(5000)}${']'.repeat(5000)}`,
    binary: '\u0000\u0001\uFFFD\uFEFF: : :',
    selfAlias: 'a: &a [*a]\n',
    empty: '',
  };
  for (const [name, text] of Object.entries(inputs)) {
    const start = performance.now();
    const file = new ComposeContext(text);
    void file.model;
    void file.shapes;
    void file.interpolation;
    console.log(`${name}: ${file.yaml.problems.length} problems in ${(performance.now() - start).toFixed(1)} ms`);
    if (name !== 'empty') assert.ok(file.yaml.problems.length > 0, `${name} has a problem`);
  }
});

test('a stack-depth failure in yaml is reported once, in plain words', () => {
  const parsed = parseComposeYaml(`a: ${'['.repeat(5000)}${']'.repeat(5000)}`);
  assert.deepEqual(parsed.problems.map((p) => p.message), ['Nested too deeply to read']);
});
