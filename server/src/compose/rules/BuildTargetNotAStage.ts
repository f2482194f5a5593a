import { closestWord } from '../../dockerfile/builder/suggest';
import { sameStageName } from '../../dockerfile/stages';
import { berthUrl, type RuleFinding } from '../../lint/rule';
import { dockerfileOf } from '../paths';
import { changeTo, type ComposeRule } from '../rule';

export const rule: ComposeRule = {
  id: 'BuildTargetNotAStage',
  source: 'berth',
  severity: 'error',
  summary: '`build.target` names a stage the Dockerfile does not have',
  url: berthUrl('BuildTargetNotAStage'),
  docs: {
    why: '`build.target` builds a multi-stage Dockerfile up to the stage of that name (`FROM … AS name`). When no stage has the name, the build fails with "target stage could not be found", usually after a stage was renamed. Stage names are compared as BuildKit compares them, ignoring case. The quick fix picks a stage name one or two letters away.',
    bad: 'services:\n  web:\n    build:\n      context: .\n      target: prod\n',
    good: 'services:\n  web:\n    build:\n      context: .\n      target: runtime\n',
    files: { Dockerfile: 'FROM golang:1.23 AS build\nRUN go build -o /app .\nFROM alpine:3.20 AS runtime\nCOPY --from=build /app /app\n' },
  },
  check(file) {
    const findings: RuleFinding[] = [];
    for (const service of file.model.services.values()) {
      const target = service.build?.target;
      if (!target || target.value.includes('$')) continue;
      const dockerfile = dockerfileOf(file, service.name);
      if (!dockerfile) continue;
      const stages = dockerfile.stages.map((s) => s.name).filter((name): name is string => name !== undefined);
      if (stages.some((name) => sameStageName(name, target.value))) continue;
      const range = file.range(target.start, target.end);
      const suggestion = closestWord(target.value, stages);
      const known = stages.length > 0 ? `its stages are ${stages.map((s) => `\`${s}\``).join(', ')}` : 'it has no named stages';
      findings.push({
        range,
        message: `Build target \`${target.value}\` is not a stage of the Dockerfile of service \`${service.name}\`: ${known}`,
        fix: changeTo(range, suggestion),
      });
    }
    return findings;
  },
};
