import { hadolintUrl, type Rule } from '../../lint/rule';
import { commandsNamed, wordRange } from '../runCommands';

export const rule: Rule = {
  id: 'DL4005',
  source: 'hadolint',
  severity: 'warning',
  summary: 'Use the SHELL instruction to change the shell RUN uses, not a symlink over /bin/sh',
  url: hadolintUrl('DL4005'),
  docs: {
    why: 'Replacing /bin/sh with a link to another shell changes the shell of every program in the image that runs `sh`, not only of the build steps, and hides the choice in a RUN. SHELL sets the shell for the following RUN, CMD and ENTRYPOINT shell forms and says so in the Dockerfile.',
    bad: 'FROM debian:12\nRUN ln -sf /bin/bash /bin/sh',
    good: 'FROM debian:12\nSHELL ["/bin/bash", "-c"]',
  },
  check(file) {
    return commandsNamed(file, new Set(['ln'])).flatMap((found) => {
      const target = found.command.args.indexOf('/bin/sh');
      if (target < 0) return [];
      const program = wordRange(file, found);
      const link = file.wordRange(found.command, target + 1);
      return [{ range: link ? { start: program.start, end: link.end } : program }];
    });
  },
};
