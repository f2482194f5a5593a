import { berthUrl, type Rule } from '../../lint/rule';
import { instructionSyntax } from '../builder/instructionSyntax';
import { STAGE_NAME_PATTERN } from '../stages';

export const rule: Rule = {
  id: 'InvalidStageName',
  source: 'berth',
  severity: 'error',
  summary: 'A build stage name must start with a letter and hold only letters, digits, `-`, `_` and `.`',
  url: berthUrl('InvalidStageName'),
  docs: {
    why: 'The name after `FROM … AS` is how `COPY --from`, `RUN --mount=from=` and `docker build --target` refer to a stage. The builder refuses names that start with a digit or hold other symbols (a stage index like `1` would be ambiguous), and it does not expand variables there.',
    bad: 'FROM golang:1.23 AS 1st-build\nRUN go build -o /bin/app .\n\nFROM alpine:3.20\nCOPY --from=1st-build /bin/app /usr/local/bin/app',
    good: 'FROM golang:1.23 AS build\nRUN go build -o /bin/app .\n\nFROM alpine:3.20\nCOPY --from=build /bin/app /usr/local/bin/app',
  },
  check(file) {
    return instructionSyntax(file).flatMap(({ keyword, args }) => {
      if (keyword !== 'FROM' || args.length !== 3 || args[1].getValue().toUpperCase() !== 'AS') return [];
      const name = args[2].getValue();
      // The builder lower-cases the name first, so capitals pass (StageNameCasing warns about them).
      if (STAGE_NAME_PATTERN.test(name.toLowerCase())) return [];
      return [{ range: args[2].getRange(), message: `\`${name}\` is not a valid stage name: start with a letter, then use only letters, digits, \`-\`, \`_\` and \`.\`` }];
    });
  },
};
