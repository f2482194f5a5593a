import { hadolintUrl, type Rule } from '../../lint/rule';
import { commandsNamed, hasOption, insertAfterProgram, wordRange } from '../runCommands';
import { flagValue, type ShellCommand } from '../shell';

export const rule: Rule = {
  id: 'DL3046',
  source: 'hadolint',
  severity: 'warning',
  summary: '`useradd` with a high UID and without `-l` (`--no-log-init`) writes a huge sparse lastlog file into the image',
  url: hadolintUrl('DL3046'),
  docs: {
    why: '`useradd` records every user in /var/log/lastlog and /var/log/faillog, files indexed by UID. For a UID of six digits or more the files grow to gigabytes of mostly empty space, and image layers do not keep files sparse, so the image grows with them. `-l` (`--no-log-init`) skips those records.',
    bad: 'FROM debian:12\nRUN useradd -u 1000001 app',
    good: 'FROM debian:12\nRUN useradd --no-log-init -u 1000001 app',
  },
  check(file) {
    return commandsNamed(file, new Set(['useradd']))
      .filter(({ command }) => hasHighUid(command) && !hasOption(command, 'l', 'no-log-init'))
      .map((found) => ({
        range: wordRange(file, found),
        fix: insertAfterProgram(file, found, 'Add --no-log-init', ' --no-log-init'),
      }));
  },
};

/** hadolint's threshold: a UID written with more than five digits. A UID from a variable is unknown and passes. */
function hasHighUid(command: ShellCommand): boolean {
  const uid = flagValue(command, 'u', 'uid') ?? command.args.map((arg) => /^-u(\d+)$/.exec(arg)?.[1]).find((v) => v !== undefined);
  return uid !== undefined && /^\d{6,}$/.test(uid);
}
