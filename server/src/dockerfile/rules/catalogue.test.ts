// Checks that hold for every rule, so a new rule file is held to them without touching this file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEVERITIES } from '../../lint/rule';
import { ruleDocsPage, withRuleTable } from '../../lint/ruleDocs';
import { lintDockerfile } from '../../lint/runner';
import { DEFAULT_RULE_OPTIONS } from '../context';
import { dockerfileRules } from './index';

const ruleFiles = readdirSync(__dirname).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'index.ts');

test('every rule file is in the index, under its own name, with its tests beside it', () => {
  assert.deepEqual(dockerfileRules.map((r) => r.id).sort(), ruleFiles.map((f) => f.slice(0, -3)).sort());
  for (const file of ruleFiles) assert.ok(existsSync(join(__dirname, file.replace(/\.ts$/, '.test.ts'))), `${file} has no test file`);
});

test('codes and aliases are unique across rules', () => {
  const owners = new Map<string, string>();
  for (const rule of dockerfileRules) {
    assert.ok(!owners.has(rule.id), `${rule.id} is defined twice`);
    owners.set(rule.id, rule.id);
  }
  // One alias may name several rules (MultipleInstructionsDisallowed covers DL3012, DL4003, DL4004), but never a rule id.
  for (const rule of dockerfileRules) for (const alias of rule.aliases ?? []) assert.ok(!owners.has(alias), `${rule.id}'s alias ${alias} is another rule's id`);
});

for (const rule of dockerfileRules) {
  test(`${rule.id}: metadata is complete and its docs examples are true`, () => {
    assert.ok(SEVERITIES.includes(rule.severity));
    assert.ok(rule.summary.length > 10 && !rule.summary.includes('\n'), 'a one-line summary');
    assert.match(rule.url, /^https:\/\//);
    if (rule.source === 'hadolint') assert.match(rule.id, /^DL\d{4}$/);
    else assert.match(rule.id, /^[A-Z][A-Za-z]+$/);
    for (const field of ['why', 'bad', 'good'] as const) assert.ok(rule.docs[field].trim().length > 0, `docs.${field}`);
    // Experimental checks are opted in the way users do it, so the examples are linted as a user would see them.
    const optIn = (text: string) => (rule.experimental ? `# check=experimental=${rule.id}\n${text}` : text);
    // Rules that need settings (a label schema) are linted with the ones their docs page shows.
    const ruleOptions = { ...DEFAULT_RULE_OPTIONS, ...rule.docs.options };
    // Rules that are off by default are turned on the way users do it, with a severity.
    const severityOverrides = rule.offByDefault ? { [rule.id]: rule.severity } : {};
    const lint = (text: string) => lintDockerfile({ text: optIn(text), rules: [rule], settings: { ruleOptions, severityOverrides }, buildContext: rule.docs.buildContext });
    const bad = lint(rule.docs.bad);
    assert.deepEqual(bad.failures, []);
    assert.ok(bad.findings.length > 0, `docs.bad is not flagged:\n${rule.docs.bad}`);
    const good = lint(rule.docs.good);
    assert.deepEqual(good.failures, []);
    assert.deepEqual(good.findings.map((f) => f.message), [], `docs.good is flagged:\n${rule.docs.good}`);
  });
}

test('the generated docs pages and README rule table are current (npm run docs)', () => {
  const root = join(__dirname, '../../../..');
  for (const rule of dockerfileRules) {
    const page = join(root, 'docs/rules', `${rule.id}.md`);
    assert.ok(existsSync(page), `docs/rules/${rule.id}.md is missing: run npm run docs`);
    assert.equal(readFileSync(page, 'utf8'), ruleDocsPage(rule), `docs/rules/${rule.id}.md is stale: run npm run docs`);
  }
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  assert.equal(readme, withRuleTable(readme, dockerfileRules), 'the README rule table is stale: run npm run docs');
});
