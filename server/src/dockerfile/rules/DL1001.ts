import { readPragmas } from '../../lint/pragmas';
import { hadolintUrl, type Rule } from '../../lint/rule';

export const rule: Rule = {
  id: 'DL1001',
  source: 'hadolint',
  // hadolint ships this rule at `ignore`: it is for teams that forbid inline ignores, so it is off
  // until a severity turns it on. It does not follow `disable-ignore-pragma`, which stops honouring
  // the comments but does not report them; hadolint keeps the two apart and so does Berth.
  severity: 'warning',
  offByDefault: true,
  summary: 'An inline `# hadolint ignore=` comment silences a rule for the next instruction',
  url: hadolintUrl('DL1001'),
  docs: {
    why: 'Inline ignore comments let anyone switch a rule off where it fires, and they are easy to miss in review. Teams that want every exception recorded in one place (`ignored` in `.hadolint.yaml`) turn this rule on so each inline ignore is reported; pair it with `disable-ignore-pragma` to stop honouring them too.',
    bad: 'FROM debian:12\n# hadolint ignore=DL3008\nRUN apt-get update && apt-get install -y --no-install-recommends curl',
    good: 'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl',
  },
  check(file) {
    // The runner's own pragma reader decides what counts, so exactly the comments it honours are reported.
    return [...readPragmas(file.lines).nextInstruction.keys()].map((line) => {
      const text = file.lines[line];
      const start = text.length - text.trimStart().length;
      return { range: { start: { line, character: start }, end: { line, character: text.trimEnd().length } } };
    });
  },
};
