import { buildkitUrl, type Rule, type RuleFinding } from '../../lint/rule';

export const rule: Rule = {
  id: 'FromAsCasing',
  source: 'buildkit',
  severity: 'warning',
  summary: "The `AS` of a FROM is not in the same case as the `FROM` keyword",
  url: buildkitUrl('FromAsCasing'),
  docs: {
    why: 'Keywords are case-insensitive, but a file reads best when they agree: `FROM … AS` or `from … as`. BuildKit warns when the two differ. A FROM written in mixed case (`From`) is left to ConsistentInstructionCasing.',
    bad: 'FROM node:22 as build\nRUN npm ci',
    good: 'FROM node:22 AS build\nRUN npm ci',
  },
  check(file) {
    const findings: RuleFinding[] = [];
    for (const { from } of file.stages) {
      const keyword = from.getInstruction();
      const args = from.getArguments();
      if (args.length < 3 || args[1].getValue().toLowerCase() !== 'as') continue;
      const as = args[1].getValue();
      const upper = keyword === keyword.toUpperCase();
      const lower = keyword === keyword.toLowerCase();
      if (!upper && !lower) continue;
      const wanted = upper ? as.toUpperCase() : as.toLowerCase();
      if (as === wanted) continue;
      const range = args[1].getRange();
      findings.push({ range, message: `'${as}' and '${keyword}' keywords' casing do not match`, fix: { title: `Write '${wanted}'`, edits: [{ range, newText: wanted }] } });
    }
    return findings;
  },
};
