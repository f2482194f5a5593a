import { berthUrl, type Rule } from '../../lint/rule';
import { instructionSyntax } from '../builder/instructionSyntax';
import { holdsVariable, portProblem } from '../builder/valueFormats';

export const rule: Rule = {
  id: 'InvalidPort',
  source: 'berth',
  severity: 'error',
  summary: 'An EXPOSE entry that is not a port or range with an optional tcp, udp or sctp protocol',
  url: berthUrl('InvalidPort'),
  docs: {
    why: 'EXPOSE takes `port[/protocol]` or `start-end[/protocol]`. The builder refuses a name such as `http`, a range that runs backwards, and protocols other than tcp, udp and sctp. Ports in variables are checked by the build, after expansion.',
    bad: 'FROM nginx:1.27\nEXPOSE http 443/https',
    good: 'FROM nginx:1.27\nEXPOSE 80 443/tcp',
  },
  check(file) {
    return instructionSyntax(file).flatMap(({ keyword, args }) => {
      if (keyword !== 'EXPOSE') return [];
      return args.flatMap((arg) => {
        const spec = arg.getValue();
        const problem = holdsVariable(spec) ? undefined : portProblem(spec);
        return problem ? [{ range: arg.getRange(), message: `\`${spec}\` ${problem}` }] : [];
      });
    });
  },
};
