import { hadolintUrl, type Rule } from '../../lint/rule';
import { APT_GET, invocations, missingOption } from '../packageManagers';
import { hasFlag, type ShellCommand } from '../shell';

/** `-y`, `--yes`, `--assume-yes`, quiet level 2 (`-qq`, which implies `-y`) or the Assume-Yes option. */
function assumesYes(command: ShellCommand): boolean {
  if (hasFlag(command, 'y', 'yes', 'assume-yes')) return true;
  let quiet = 0;
  for (const arg of command.args) {
    if (/^-[A-Za-z]+$/.test(arg)) quiet += [...arg].filter((c) => c === 'q').length;
    if (/^(-q|--quiet)=[2-9]/.test(arg) || /APT::Get::Assume-Yes=(true|yes|1)/i.test(arg)) return true;
  }
  return quiet >= 2;
}

export const rule: Rule = {
  id: 'DL3014',
  source: 'hadolint',
  severity: 'warning',
  summary: 'Use `apt-get install -y`: a build cannot answer apt-get\'s confirmation prompt',
  url: hadolintUrl('DL3014'),
  docs: {
    why: 'A build has no terminal to answer "Do you want to continue? [Y/n]", so apt-get reads end-of-input and aborts the install. `-y` (or `--yes`) answers the prompt up front.',
    bad: 'FROM debian:12\nRUN apt-get update && apt-get install --no-install-recommends curl=7.88.1-10+deb12u8 && rm -rf /var/lib/apt/lists/*',
    good: 'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8 && rm -rf /var/lib/apt/lists/*',
  },
  check(file) {
    return missingOption(file, invocations(file, APT_GET, ['install']), assumesYes, '-y');
  },
};
