import { berthUrl, type Rule } from '../../lint/rule';

export const rule: Rule = {
  id: 'EscapeAtEndOfFile',
  source: 'berth',
  severity: 'error',
  summary: 'A lone escape character at the end of the file continues into nothing',
  url: berthUrl('EscapeAtEndOfFile'),
  docs: {
    why: 'An escape character alone on a line continues the instruction onto the next line. When nothing but blank or comment lines follow it, the builder is left with an empty instruction at the end of the file and refuses the whole Dockerfile. It usually means the last line of a multi-line instruction was deleted.',
    bad: 'FROM alpine:3.20\nRUN apk add --no-cache curl\n\\',
    good: 'FROM alpine:3.20\nRUN apk add --no-cache curl',
  },
  check(file) {
    const last = file.instructions[file.instructions.length - 1];
    // dockerfile-ast reads the lone character as an instruction of its own; the builder would join it to the next line, and there is none.
    if (!last || last.getInstruction() !== file.escapeCharacter || last.getArguments().length > 0) return [];
    return [{ range: last.getInstructionRange(), message: 'This lone escape character continues into the end of the file: the builder reads an empty instruction there and stops' }];
  },
};
