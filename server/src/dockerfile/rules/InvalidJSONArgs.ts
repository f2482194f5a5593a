import { berthUrl, type Rule } from '../../lint/rule';
import { argumentsRange, instructionSyntax } from '../builder/instructionSyntax';

export const rule: Rule = {
  id: 'InvalidJSONArgs',
  source: 'berth',
  severity: 'error',
  summary: 'A JSON array of arguments that holds something other than strings, or a SHELL that is not a JSON array',
  url: berthUrl('InvalidJSONArgs'),
  docs: {
    why: 'In exec form every element must be a JSON string: the builder refuses `["sleep", 5]` outright instead of converting the number. SHELL has no shell form at all, so its arguments must be a JSON array of strings such as `["/bin/bash", "-o", "pipefail", "-c"]`.',
    bad: 'FROM alpine:3.20\nSHELL /bin/sh -o pipefail -c\nCMD ["sleep", 3600]',
    good: 'FROM alpine:3.20\nSHELL ["/bin/sh", "-o", "pipefail", "-c"]\nCMD ["sleep", "3600"]',
  },
  check(file) {
    return instructionSyntax(file).flatMap((view) => {
      const { keyword, form, args } = view;
      if (form.kind === 'non-string-array') return [{ range: argumentsRange(view), message: `${keyword}\u2019s JSON array must hold only strings: quote every element` }];
      if (keyword === 'SHELL' && form.kind === 'shell' && args.length > 0) {
        return [{ range: argumentsRange(view), message: 'SHELL must be a JSON array of strings, such as `["/bin/sh", "-c"]`' }];
      }
      return [];
    });
  },
};
