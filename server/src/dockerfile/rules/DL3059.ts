import { Run, type Instruction } from 'dockerfile-ast';
import { hadolintUrl, type Rule, type RuleFinding } from '../../lint/rule';
import type { DockerfileContext } from '../context';

export const rule: Rule = {
  id: 'DL3059',
  source: 'hadolint',
  severity: 'info',
  summary: 'Consecutive single-command RUN instructions with the same flags could be one RUN',
  url: hadolintUrl('DL3059'),
  docs: {
    why: 'Every RUN adds a layer and a step to the build. Two neighbouring RUNs that each run one command can usually be joined with `&&`, which keeps the image smaller and lets files deleted in the step never reach a layer. RUNs that already chain several commands, or that use different flags (another `--mount`, `--network` or `--security`), are left alone: they were split on purpose.',
    bad: 'FROM debian:12\nRUN apt-get update\nRUN apt-get install -y --no-install-recommends curl',
    good: 'FROM debian:12\nRUN apt-get update \\\n && apt-get install -y --no-install-recommends curl',
  },
  check(file) {
    const findings: RuleFinding[] = [];
    let previous: Instruction | undefined;
    for (const instruction of file.instructions) {
      // Comments are not instructions, so a RUN after a comment still follows the RUN before it.
      if (instruction instanceof Run && previous instanceof Run && canJoin(file, previous, instruction)) {
        findings.push({ range: instruction.getInstructionRange() });
      }
      previous = instruction;
    }
    return findings;
  },
};

/** hadolint's condition: the same flags, and neither RUN runs more than one command. */
function canJoin(file: DockerfileContext, first: Run, second: Run): boolean {
  return flagSet(first) === flagSet(second) && file.shellCommands(first).length <= 1 && file.shellCommands(second).length <= 1;
}

/** The flags as a comparable value: the same flags in another order are the same flags. */
function flagSet(run: Run): string {
  return JSON.stringify(run.getFlags().map((flag) => `${flag.getName().toLowerCase()}=${flag.getValue() ?? ''}`).sort());
}
