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
    // A file writes few distinct keywords; each one's case is worked out once.
    const casing = new Map<string, { lower: boolean; upper: boolean }>();
    const caseOf = (word: string) => {
      let found = casing.get(word);
      if (!found) {
        found = { lower: word === word.toLowerCase(), upper: word === word.toUpperCase() };
        casing.set(word, found);
      }
      return found;
    };
    let lower = 0;
    let upper = 0;
    for (const instruction of keywords) {
      const found = caseOf(instruction.getInstruction());
      if (found.lower) lower++;
      else if (found.upper) upper++;
    }
    const majorityLower = lower > upper;
    const caseName = majorityLower ? 'lowercase' : 'uppercase';
    const findings: RuleFinding[] = [];
    for (const instruction of keywords) {
      const word = instruction.getInstruction();
      if (majorityLower ? caseOf(word).lower : caseOf(word).upper) continue;
      const wanted = majorityLower ? word.toLowerCase() : word.toUpperCase();
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
