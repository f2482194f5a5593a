import { Arg, Env } from 'dockerfile-ast';
import { buildkitUrl, type Rule, type RuleFinding } from '../../lint/rule';
import { declarations, instructionText } from '../instructionParts';

/** A name is sensitive when one of its `_`-separated words is one of these (any case)… */
const SECRET_WORD = /(?:_|^)(?:apikey|auth|credential|credentials|key|password|pword|passwd|secret|token)(?:_|$)/i;
/** A quick test on the whole instruction before its names are read. */
const ANY_SECRET_WORD = /apikey|auth|credential|key|password|pword|passwd|secret|token/i;
/** …unless another of its words says it is public (`PUBLIC_KEY`). */
const PUBLIC_WORD = /(?:_|^)public(?:_|$)/i;

export const rule: Rule = {
  id: 'SecretsUsedInArgOrEnv',
  source: 'buildkit',
  severity: 'warning',
  summary: 'An ARG or ENV name suggests it carries a secret (a token, password or key)',
  url: buildkitUrl('SecretsUsedInArgOrEnv'),
  docs: {
    why: 'Build arguments and environment variables are recorded in the image: anyone who can pull it can read them with `docker history` or `docker inspect`. Pass secrets with a secret mount (`RUN --mount=type=secret,id=npm_token …`) so they are available to one command and never stored. BuildKit judges the name only: one of its words is `token`, `password`, `secret`, `key`, `auth`, `apikey`, `credential(s)`, `pword` or `passwd`, and none is `public`. ARGs before the first FROM are not checked, as they stay out of the image unless a stage redeclares them.',
    bad: 'FROM node:22\nARG NPM_TOKEN\nRUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc && npm ci',
    good: 'FROM node:22\nRUN --mount=type=secret,id=npm_token,env=NPM_TOKEN \\\n    echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc && npm ci',
  },
  check(file) {
    const findings: RuleFinding[] = [];
    for (const stage of file.stages) {
      for (const instruction of stage.instructions) {
        if (!(instruction instanceof Arg || instruction instanceof Env) || !ANY_SECRET_WORD.test(instructionText(file, instruction))) continue;
        const keyword = instruction instanceof Arg ? 'ARG' : 'ENV';
        for (const { name, nameRange } of declarations(file, instruction)) {
          if (!SECRET_WORD.test(name) || PUBLIC_WORD.test(name)) continue;
          findings.push({ range: nameRange, message: `Do not use ARG or ENV instructions for sensitive data (${keyword} "${name}")` });
        }
      }
    }
    return findings;
  },
};
