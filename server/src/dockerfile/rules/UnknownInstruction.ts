import { berthUrl, type Rule } from '../../lint/rule';
import { instructionSyntax } from '../builder/instructionSyntax';
import { didYouMean } from '../builder/suggest';
import { INSTRUCTION_DOCS } from '../../docs/instructions';

const KEYWORDS = INSTRUCTION_DOCS.map((doc) => doc.keyword);

export const rule: Rule = {
  id: 'UnknownInstruction',
  source: 'berth',
  severity: 'error',
  summary: 'The builder stops at a line that does not start with a Dockerfile instruction',
  url: berthUrl('UnknownInstruction'),
  docs: {
    why: 'Every line that is not a comment, a continuation or heredoc content must start with an instruction such as `RUN` or `COPY`. The builder refuses the whole file at the first unknown word, so a typo or a shell command that lost its `RUN` fails the build before anything runs. An ONBUILD trigger is checked the same way, because it fails every image built from this one.',
    bad: 'FROM alpine:3.20\nRUN apk add --no-cache curl\nEXPOSE 8080\nCOPPY app /app',
    good: 'FROM alpine:3.20\nRUN apk add --no-cache curl\nEXPOSE 8080\nCOPY app /app',
  },
  check(file) {
    return instructionSyntax(file).flatMap(({ instruction, keyword, args, onbuild }) => {
      if (KEYWORDS.includes(keyword)) return [];
      // A line holding only the escape character continues into the next line, which the builder joins to it.
      if (keyword === file.escapeCharacter && args.length === 0) return [];
      const where = onbuild ? ' as an ONBUILD trigger' : '';
      return [{ range: instruction.getInstructionRange(), message: `\`${instruction.getInstruction()}\` is not a Dockerfile instruction${where}${didYouMean(keyword, KEYWORDS)}` }];
    });
  },
};
