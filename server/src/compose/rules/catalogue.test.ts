// Checks that hold for every Compose rule, so a new rule file is held to them without touching this file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEVERITIES } from '../../lint/rule';
import { dockerfileRules } from '../../dockerfile/rules';
import { composeRuleDocsPage, withComposeRuleTable } from '../ruleDocs';
import { lintComposeWith } from '../ruleTesting';
import { composeRules } from './index';

const ruleFiles = readdirSync(__dirname).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'index.ts');

test('every Compose rule file is in the index, under its own name, with its tests beside it', () => {
  assert.deepEqual(composeRules.map((r) => r.id).sort(), ruleFiles.map((f) => f.slice(0, -3)).sort());
  for (const file of ruleFiles) assert.ok(existsSync(join(__dirname, file.replace(/\.ts$/, '.test.ts'))), `${file} has no test file`);
});

test('Compose rule codes are unique, and differ from every Dockerfile rule code and alias', () => {
  const dockerfileNames = new Set(dockerfileRules.flatMap((r) => [r.id, ...(r.aliases ?? [])]));
  const seen = new Set<string>();
  for (const rule of composeRules) {
    assert.ok(!seen.has(rule.id), `${rule.id} is defined twice`);
    assert.ok(!dockerfileNames.has(rule.id), `${rule.id} is also a Dockerfile rule's name`);
    seen.add(rule.id);
  }
});

for (const rule of composeRules) {
  test(`${rule.id}: metadata is complete and its docs examples are true`, () => {
    assert.ok(SEVERITIES.includes(rule.severity));
    assert.ok(rule.summary.length > 10 && !rule.summary.includes('\n'), 'a one-line summary');
    assert.match(rule.id, /^[A-Z][A-Za-z]+$/);
    assert.match(rule.url, /^https:\/\//);
    for (const field of ['why', 'bad', 'good'] as const) assert.ok(rule.docs[field].trim().length > 0, `docs.${field}`);
    // Examples are linted on disk (in memory) with the files their page shows, so path rules judge them too.
    const options = { files: rule.docs.files ?? {}, variables: rule.docs.variables ?? {} };
    assert.ok(lintComposeWith(rule, rule.docs.bad, options).length > 0, `docs.bad is not flagged:\n${rule.docs.bad}`);
    assert.deepEqual(lintComposeWith(rule, rule.docs.good, options).map((f) => f.message), [], `docs.good is flagged:\n${rule.docs.good}`);
  });
}

test('the generated docs pages and README table of the Compose rules are current (npm run docs)', () => {
  const root = join(__dirname, '../../../..');
  for (const rule of composeRules) {
    const page = join(root, 'docs/rules', `${rule.id}.md`);
    assert.ok(existsSync(page), `docs/rules/${rule.id}.md is missing: run npm run docs`);
    assert.equal(readFileSync(page, 'utf8'), composeRuleDocsPage(rule), `docs/rules/${rule.id}.md is stale: run npm run docs`);
  }
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  assert.ok(readme.includes('<!-- compose-rule-table:start'), 'the README has the Compose rule table markers');
  assert.equal(readme, withComposeRuleTable(readme, composeRules), 'the README Compose rule table is stale: run npm run docs');
});
