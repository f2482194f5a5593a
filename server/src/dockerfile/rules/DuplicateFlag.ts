import { berthUrl, type Rule, type RuleFinding } from '../../lint/rule';
import { acceptedFlags, flagNameRange, instructionSyntax } from '../builder/instructionSyntax';

export const rule: Rule = {
  id: 'DuplicateFlag',
  source: 'berth',
  severity: 'error',
  summary: 'A flag that may appear once is given twice',
  url: berthUrl('DuplicateFlag'),
  docs: {
    why: 'Only list flags such as `RUN --mount`, `RUN --device` and `COPY --exclude` may be repeated. The builder refuses a second `--chown`, `--from` or `--interval` rather than guess which one you meant.',
    bad: 'FROM alpine:3.20\nCOPY --chown=app:app --chmod=644 --chown=root:root config.yaml /etc/app/',
    good: 'FROM alpine:3.20\nCOPY --chown=app:app --chmod=644 config.yaml /etc/app/',
  },
  check(file) {
    const findings: RuleFinding[] = [];
    for (const view of instructionSyntax(file)) {
      if (view.flags.length < 2) continue;
      const accepted = acceptedFlags(view);
      if (!accepted) continue;
      const seen = new Set<string>();
      for (const flag of view.flags) {
        const doc = accepted.find((f) => f.name === flag.name);
        if (!doc || doc.kind === 'list') continue;
        if (seen.has(flag.name)) findings.push({ range: flagNameRange(flag), message: `\`--${flag.name}\` is given more than once; ${view.keyword} takes it once` });
        seen.add(flag.name);
      }
    }
    return findings;
  },
};
