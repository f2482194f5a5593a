import { hadolintUrl, type Rule } from '../../lint/rule';
import { invocations, missingCleanup, runsSubcommand, ZYPPER } from '../packageManagers';

export const rule: Rule = {
  id: 'DL3036',
  source: 'hadolint',
  severity: 'warning',
  summary: 'Run `zypper clean` after zypper install, in the same RUN',
  url: hadolintUrl('DL3036'),
  docs: {
    why: 'zypper keeps repository metadata and downloaded packages under `/var/cache/zypp`. `zypper clean` in the same RUN keeps that cache out of the layer; cleaning in a later RUN leaves the image as large.',
    bad: 'FROM opensuse/leap:15.6\nRUN zypper install -y httpd=2.4.58',
    good: 'FROM opensuse/leap:15.6\nRUN zypper install -y httpd=2.4.58 && zypper clean',
  },
  check(file) {
    return missingCleanup(file, invocations(file, ZYPPER, ['install', 'in']), {
      directories: ['/var/cache/zypp'],
      cleans: (command) => runsSubcommand(command, ZYPPER, 'clean') || runsSubcommand(command, ZYPPER, 'cc'),
      step: () => 'zypper clean',
    });
  },
};
