// Writes docs/rules/<id>.md for every rule and the Dockerfile and Compose rule tables in README.md, from the rules' metadata.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dockerfileRules } from '../server/src/dockerfile/rules';
import { ruleDocsPage, withRuleTable } from '../server/src/lint/ruleDocs';
import { composeRules } from '../server/src/compose/rules';
import { composeRuleDocsPage, withComposeRuleTable } from '../server/src/compose/ruleDocs';

const root = join(__dirname, '..');
const docs = join(root, 'docs/rules');
mkdirSync(docs, { recursive: true });
const current = new Set([...dockerfileRules, ...composeRules].map((r) => `${r.id}.md`));
for (const stale of readdirSync(docs).filter((f) => !current.has(f))) rmSync(join(docs, stale));
for (const rule of dockerfileRules) writeFileSync(join(docs, `${rule.id}.md`), ruleDocsPage(rule));
for (const rule of composeRules) writeFileSync(join(docs, `${rule.id}.md`), composeRuleDocsPage(rule));
const readmePath = join(root, 'README.md');
writeFileSync(readmePath, withComposeRuleTable(withRuleTable(readFileSync(readmePath, 'utf8'), dockerfileRules), composeRules));
console.log(`wrote ${dockerfileRules.length + composeRules.length} rule pages and the README's two rule tables`);
