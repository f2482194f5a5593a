import { buildkitUrl, type Rule, type RuleFinding } from '../../lint/rule';

export const rule: Rule = {
  id: 'ConsistentInstructionCasing',
  source: 'buildkit',
  severity: 'warning',
  summary: 'An instruction keyword is not in the case most of the file uses',
  url: buildkitUrl('ConsistentInstructionCasing'),
  docs: {
    why: 'Instruction keywords are case-insensitive, so `copy` and `COPY` both work, but a file that mixes them is harder to scan. BuildKit counts the all-upper and all-lower keywords of the build stages and flags every keyword that is not in the majority case (upper case wins a tie); a mixed-case keyword such as `Run` is always flagged. The quick fix rewrites the keyword in the majority case.',
    bad: 'FROM alpine:3.20\nrun apk add --no-cache curl\nCOPY app.sh /usr/local/bin/app.sh',
    good: 'FROM alpine:3.20\nRUN apk add --no-cache curl\nCOPY app.sh /usr/local/bin/app.sh',
  },
  check(file) {
    // ARGs before the first FROM belong to no stage, and BuildKit neither counts nor checks them.
    const keywords = file.stages.flatMap((stage) => stage.instructions);
    let lower = 0;
    let upper = 0;
    for (const instruction of keywords) {
      const word = instruction.getInstruction();
      if (word === word.toLowerCase()) lower++;
      else if (word === word.toUpperCase()) upper++;
    }
    const majorityLower = lower > upper;
    const caseName = majorityLower ? 'lowercase' : 'uppercase';
    const findings: RuleFinding[] = [];
    for (const instruction of keywords) {
      const word = instruction.getInstruction();
      const wanted = majorityLower ? word.toLowerCase() : word.toUpperCase();
      if (word === wanted) continue;
      const range = instruction.getInstructionRange();
      findings.push({
        range,
        message: `Command '${word}' should match the case of the command majority (${caseName})`,
        fix: { title: `Write '${wanted}'`, edits: [{ range, newText: wanted }] },
      });
    }
    return findings;
  },
};
