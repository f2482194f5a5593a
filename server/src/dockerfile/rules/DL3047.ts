import { hadolintUrl, type Rule } from '../../lint/rule';
import { commandsNamed, hasOption, insertAfterProgram, wordRange } from '../runCommands';

export const rule: Rule = {
  id: 'DL3047',
  source: 'hadolint',
  severity: 'warning',
  summary: '`wget` without `--progress` fills the build log with its progress bar; use `--progress=dot:giga`, or `-q` / `-nv`',
  url: hadolintUrl('DL3047'),
  docs: {
    why: 'Without a terminal, wget prints its progress as a line of dots every few kilobytes, so one large download adds thousands of lines to the build log and buries the output that matters. `--progress=dot:giga` prints a dot per megabyte; `-q` or `-nv` (`--no-verbose`) print little or nothing, and writing the log to a file (`-o`, `-a`) keeps it out of the build output.',
    bad: 'FROM debian:12\nRUN wget https://example.com/tool.tar.gz',
    good: 'FROM debian:12\nRUN wget --progress=dot:giga https://example.com/tool.tar.gz',
  },
  check(file) {
    return commandsNamed(file, new Set(['wget']))
      .filter(({ command }) => !command.args.includes('-nv') && !hasOption(command, 'progress', 'q', 'quiet', 'no-verbose', 'o', 'output-file', 'a', 'append-output'))
      .map((found) => ({
        range: wordRange(file, found),
        fix: insertAfterProgram(file, found, 'Add --progress=dot:giga', ' --progress=dot:giga'),
      }));
  },
};
