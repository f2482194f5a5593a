import { buildkitUrl, type Rule, type RuleFinding } from '../../lint/rule';
import { RESERVED_STAGE_NAMES } from '../stages';


export const rule: Rule = {
  id: 'ReservedStageName',
  source: 'buildkit',
  severity: 'warning',
  summary: 'A stage is named `scratch` or `context`, names BuildKit already gives a meaning',
  url: buildkitUrl('ReservedStageName'),
  docs: {
    why: '`scratch` is the empty base image and `context` is the build context in `COPY --from` and named contexts. A stage with one of those names makes every reference to it ambiguous. Pick another name.',
    bad: 'FROM alpine:3.20 AS context\nRUN apk add --no-cache git',
    good: 'FROM alpine:3.20 AS tools\nRUN apk add --no-cache git',
  },
  check(file) {
    const findings: RuleFinding[] = [];
    for (const stage of file.stages) {
      const range = stage.from.getBuildStageRange();
      // BuildKit compares the lower-cased name, so `AS Scratch` is reserved too.
      const name = stage.name?.toLowerCase();
      if (range && name !== undefined && RESERVED_STAGE_NAMES.has(name)) findings.push({ range, message: `Stage name should not use the same name as reserved stage "${name}"` });
    }
    return findings;
  },
};
