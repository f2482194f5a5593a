import { buildkitUrl, type Rule, type RuleFinding } from '../../lint/rule';
import { expansionSites } from '../instructionParts';
import { closestName, expandSite, globalScope, renameFix } from '../variables';

export const rule: Rule = {
  id: 'UndefinedArgInFrom',
  source: 'buildkit',
  severity: 'warning',
  summary: 'FROM uses a variable that no ARG before the first FROM declares',
  url: buildkitUrl('UndefinedArgInFrom'),
  docs: {
    why: 'A FROM line can only use the ARGs declared before the first FROM (and the platform ARGs BuildKit predefines, such as `BUILDPLATFORM`). Any other variable expands to nothing, so `FROM node:${NODE_VERSION}` becomes `FROM node:` and the build pulls or fails on something you did not mean. Declare the ARG at the top of the file; a misspelt name gets a suggestion and a quick fix.',
    bad: 'FROM node:${NODE_VERSION}-alpine\nRUN npm ci',
    good: 'ARG NODE_VERSION=22\nFROM node:${NODE_VERSION}-alpine\nRUN npm ci',
  },
  check(file) {
    const scope = globalScope(file);
    const candidates = scope.variables().map((v) => v.definition.name);
    const findings: RuleFinding[] = [];
    for (const { from } of file.stages) {
      for (const site of expansionSites(file, from)) {
        for (const reference of expandSite(file, site, scope).references) {
          if (scope.get(reference.name)) continue;
          const suggestion = closestName(reference.name, candidates);
          const hint = suggestion ? ` (did you mean ${suggestion}?)` : '';
          findings.push({ range: reference.range, message: `FROM argument '${reference.name}' is not declared${hint}`, fix: renameFix(reference, suggestion) });
        }
      }
    }
    return findings;
  },
};
