import { buildkitUrl, type Rule, type RuleFinding } from '../../lint/rule';
import { heredocBodyLines } from '../instructionParts';

export const rule: Rule = {
  id: 'NoEmptyContinuation',
  source: 'buildkit',
  severity: 'warning',
  summary: 'A blank line sits inside an instruction continued with a backslash',
  url: buildkitUrl('NoEmptyContinuation'),
  docs: {
    why: 'After a line ending in the escape character the builder skips blank lines and carries on with the same instruction, so a blank line that looks like the end of an instruction is not. Docker has announced that such blank lines will become errors. Remove the blank line, or keep it as a `#` comment line, which continuations allow.',
    bad: 'FROM alpine:3.20\nRUN apk add --no-cache \\\n\n    curl',
    good: 'FROM alpine:3.20\nRUN apk add --no-cache \\\n    curl',
  },
  check(file) {
    const findings: RuleFinding[] = [];
    for (const instruction of file.instructions) {
      const { start, end } = instruction.getRange();
      let inHeredoc: ((line: number) => boolean) | undefined;
      // BuildKit warns once per instruction; the first blank line is the one to point at.
      for (let line = start.line + 1; line <= end.line; line++) {
        const text = file.lines[line] ?? '';
        if (text.trim() !== '') continue;
        inHeredoc ??= heredocBodyLines(file, instruction);
        if (inHeredoc(line)) continue;
        findings.push({ range: { start: { line, character: 0 }, end: { line, character: text.length } }, message: 'Empty continuation line' });
        break;
      }
    }
    return findings;
  },
};
