import { berthUrl, type Rule } from '../../lint/rule';
import { acceptedFlags, flagNameRange, instructionSyntax } from '../builder/instructionSyntax';
import { didYouMean } from '../builder/suggest';

export const rule: Rule = {
  id: 'UnknownFlag',
  source: 'berth',
  severity: 'error',
  summary: 'A `--flag` the instruction does not take',
  url: berthUrl('UnknownFlag'),
  docs: {
    why: 'The builder reads every `--word` at the start of an instruction\u2019s arguments as a flag, and refuses names it does not know for that instruction. Flag names are case-sensitive, `COPY --from` exists but `ADD --from` does not, and even `CMD --help` is read as a flag, so the build fails before it starts.',
    bad: 'FROM alpine:3.20\nADD --from=build /bin/app /usr/local/bin/app\nCMD --help',
    good: 'FROM alpine:3.20\nCOPY --from=build /bin/app /usr/local/bin/app\nCMD ["app", "--help"]',
  },
  check(file) {
    return instructionSyntax(file).flatMap((view) => {
      if (view.flags.length === 0) return [];
      const accepted = acceptedFlags(view);
      if (!accepted) return [];
      const names = accepted.map((flag) => flag.name);
      return view.flags
        .filter((flag) => !names.includes(flag.name))
        .map((flag) => {
          const known = names.length > 0 ? didYouMean(flag.name, names, (n) => `\`--${n}\``) : '';
          const takes = names.length > 0 ? '' : `; ${view.keyword} takes no flags`;
          return { range: flagNameRange(flag), message: `\`--${flag.name}\` is not a flag of ${view.keyword}${takes}${known}` };
        });
    });
  },
};
