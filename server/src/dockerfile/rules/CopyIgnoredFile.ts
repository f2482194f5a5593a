import { Add, Copy } from 'dockerfile-ast';
import { buildkitUrl, type Rule, type RuleFinding } from '../../lint/rule';
import { dockerignoreMatcher } from '../dockerignore';
import { pathArguments } from '../instructionParts';
import { expandRangeIn, forEachInstructionScope } from '../variables';

/** ADD also takes URLs and Git repositories, which do not come from the build context. */
const REMOTE_SOURCE = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/|^git@/;

export const rule: Rule = {
  id: 'CopyIgnoredFile',
  source: 'buildkit',
  severity: 'warning',
  experimental: true,
  summary: 'COPY or ADD names a file that `.dockerignore` keeps out of the build context',
  url: buildkitUrl('CopyIgnoredFile'),
  docs: {
    why: 'Files matched by `.dockerignore` (or `<Dockerfile>.dockerignore`) are never sent to the builder, so a COPY or ADD of one fails with "not found", or, with a wildcard, silently copies less than expected. Either stop ignoring the file (a `!` line re-includes it) or stop copying it. Sources from another stage (`COPY --from`) and remote ADD sources are not checked; paths built from variables are checked when the file tells their values.',
    bad: 'FROM node:22\nWORKDIR /app\nCOPY package.json .env ./',
    good: 'FROM node:22\nWORKDIR /app\nCOPY package.json ./',
    buildContext: { dockerignore: ['node_modules', '.env', '*.log'] },
  },
  check(file) {
    const lines = file.buildContext.dockerignore;
    if (!lines || lines.length === 0) return [];
    const matcher = dockerignoreMatcher(lines);
    const findings: RuleFinding[] = [];
    forEachInstructionScope(file, (instruction, scope) => {
      const isAdd = instruction instanceof Add;
      if (!(isAdd || (instruction instanceof Copy && !instruction.getFromFlag()))) return;
      // The last path is the destination.
      for (const range of pathArguments(file, instruction as Copy | Add).slice(0, -1)) {
        const source = expandRangeIn(file, range, scope).value;
        if (source === null || REMOTE_SOURCE.test(source) || !matcher.excludedBy(source)) continue;
        findings.push({ range, message: `Attempting to ${isAdd ? 'Add' : 'Copy'} file "${source}" that is excluded by .dockerignore` });
      }
    });
    return findings;
  },
};
