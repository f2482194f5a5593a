import { hadolintUrl, type Rule } from '../../lint/rule';
import { APT_GET, invocations, missingOption } from '../packageManagers';
import { hasFlag, type ShellCommand } from '../shell';

function skipsRecommends(command: ShellCommand): boolean {
  return hasFlag(command, 'no-install-recommends') || command.args.some((arg) => /APT::Install-Recommends=("|')?(false|no|off|0)\b/i.test(arg));
}

export const rule: Rule = {
  id: 'DL3015',
  source: 'hadolint',
  severity: 'info',
  summary: 'Use `apt-get install --no-install-recommends` so only the packages asked for are installed',
  url: hadolintUrl('DL3015'),
  docs: {
    why: 'By default apt-get also installs every package the requested ones merely recommend, often documentation, desktop tools or whole language runtimes. `--no-install-recommends` keeps the image to what the Dockerfile names.',
    bad: 'FROM debian:12\nRUN apt-get update && apt-get install -y curl=7.88.1-10+deb12u8 && rm -rf /var/lib/apt/lists/*',
    good: 'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8 && rm -rf /var/lib/apt/lists/*',
  },
  check(file) {
    return missingOption(file, invocations(file, APT_GET, ['install']), skipsRecommends, '--no-install-recommends');
  },
};
