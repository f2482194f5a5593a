import { hadolintUrl, type Rule, type RuleFinding } from '../../lint/rule';
import { stageNameKey } from '../stages';

export const rule: Rule = {
  id: 'DL3024',
  aliases: ['DuplicateStageName'],
  source: 'hadolint',
  severity: 'error',
  summary: 'Two stages share a name, so references to it reach only one of them',
  url: hadolintUrl('DL3024'),
  docs: {
    why: 'COPY --from, FROM and `--target` find a stage by its name. When two stages share one (BuildKit ignores case, so `Build` and `build` are the same), only one of them can be reached and the build quietly uses a stage you did not mean. Give each stage its own name.',
    bad: 'FROM golang:1.23 AS build\nRUN go build -o /app ./cmd/app\nFROM node:22 AS build\nRUN npm ci',
    good: 'FROM golang:1.23 AS build-api\nRUN go build -o /app ./cmd/app\nFROM node:22 AS build-web\nRUN npm ci',
  },
  check(file) {
    const seen = new Set<string>();
    const findings: RuleFinding[] = [];
    for (const stage of file.stages) {
      const range = stage.from.getBuildStageRange();
      if (stage.name === undefined || !range) continue;
      const key = stageNameKey(stage.name);
      if (seen.has(key)) findings.push({ range, message: `Stage name \`${stage.name}\` is already used by an earlier stage` });
      seen.add(key);
    }
    return findings;
  },
};
