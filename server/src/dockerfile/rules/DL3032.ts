import { hadolintUrl, type Rule } from '../../lint/rule';
import { invocations, missingCleanup, runsSubcommand, YUM } from '../packageManagers';

export const rule: Rule = {
  id: 'DL3032',
  source: 'hadolint',
  severity: 'warning',
  summary: 'Run `yum clean all` after yum install, in the same RUN',
  url: hadolintUrl('DL3032'),
  docs: {
    why: 'yum keeps the repository metadata and downloaded packages under `/var/cache/yum`. `yum clean all` in the same RUN keeps that cache out of the layer; cleaning in a later RUN does not make the image smaller.',
    bad: 'FROM centos:7\nRUN yum install -y httpd-2.4.6',
    good: 'FROM centos:7\nRUN yum install -y httpd-2.4.6 && yum clean all',
  },
  check(file) {
    return missingCleanup(file, invocations(file, YUM, ['install']), {
      directories: ['/var/cache/yum'],
      cleans: (command) => runsSubcommand(command, YUM, 'clean all'),
      step: () => 'yum clean all',
    });
  },
};
