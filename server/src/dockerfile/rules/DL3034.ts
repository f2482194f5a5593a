import { hadolintUrl, type Rule } from '../../lint/rule';
import { addOptionFix, invocationRange, invocations, ZYPPER } from '../packageManagers';
import { hasFlag } from '../shell';

/** Subcommands that take `-y` themselves; the others get zypper's global `--non-interactive`. */
const TAKE_YES = new Set(['install', 'in', 'remove', 'rm']);

export const rule: Rule = {
  id: 'DL3034',
  source: 'hadolint',
  severity: 'warning',
  summary: 'Run zypper non-interactively (`zypper install -y`, or `zypper --non-interactive`)',
  url: hadolintUrl('DL3034'),
  docs: {
    why: 'zypper asks for confirmation before it installs, removes or patches. A build cannot answer, so zypper stops. `-y` (`--no-confirm`) on the subcommand, or the global `-n` (`--non-interactive`), lets it run unattended.',
    bad: 'FROM opensuse/leap:15.6\nRUN zypper install httpd=2.4.58 && zypper clean',
    good: 'FROM opensuse/leap:15.6\nRUN zypper install -y httpd=2.4.58 && zypper clean',
  },
  check(file) {
    return invocations(file, ZYPPER, ['install', 'in', 'remove', 'rm', 'source-install', 'si', 'patch'])
      .filter((found) => !hasFlag(found.command, 'n', 'non-interactive', 'y', 'no-confirm'))
      .map((found) => ({
        range: invocationRange(file, found),
        fix: TAKE_YES.has(found.subcommand) ? addOptionFix(file, found, found.subcommandArg + 1, '-y') : addOptionFix(file, found, 0, '--non-interactive'),
      }));
  },
};
