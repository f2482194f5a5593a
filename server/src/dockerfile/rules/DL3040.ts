import { hadolintUrl, type Rule } from '../../lint/rule';
import { DNF, invocations, missingCleanup, runsSubcommand } from '../packageManagers';
import { programName } from '../shell';

export const rule: Rule = {
  id: 'DL3040',
  source: 'hadolint',
  severity: 'warning',
  summary: 'Run `dnf clean all` after dnf install, in the same RUN',
  url: hadolintUrl('DL3040'),
  docs: {
    why: 'dnf and microdnf keep repository metadata and downloaded packages in their cache. Cleaning it with the same tool in the same RUN keeps it out of the layer; a later RUN cannot take it back out of the image.',
    bad: 'FROM fedora:40\nRUN dnf install -y httpd-2.4.62',
    good: 'FROM fedora:40\nRUN dnf install -y httpd-2.4.62 && dnf clean all',
  },
  check(file) {
    return missingCleanup(file, invocations(file, DNF, ['install']), {
      directories: ['/var/cache/dnf', '/var/cache/yum'],
      // microdnf's cache is cleaned by microdnf, dnf's by dnf.
      cleans: (command, install) => programName(command) === programName(install) && runsSubcommand(command, DNF, 'clean all'),
      step: (install) => `${programName(install.command)} clean all`,
    });
  },
};
