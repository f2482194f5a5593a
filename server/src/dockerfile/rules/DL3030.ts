import { hadolintUrl, type Rule } from '../../lint/rule';
import { invocations, missingOption, RPM_INSTALLS, YUM } from '../packageManagers';
import { hasFlag } from '../shell';

export const rule: Rule = {
  id: 'DL3030',
  source: 'hadolint',
  severity: 'warning',
  summary: 'Use `yum install -y`: a build cannot answer yum\'s confirmation prompt',
  url: hadolintUrl('DL3030'),
  docs: {
    why: 'yum asks "Is this ok [y/N]" before installing. A build has no one to answer, so yum reads end-of-input and stops. `-y` (`--assumeyes`) answers it up front.',
    bad: 'FROM centos:7\nRUN yum install httpd-2.4.6 && yum clean all',
    good: 'FROM centos:7\nRUN yum install -y httpd-2.4.6 && yum clean all',
  },
  check(file) {
    return missingOption(file, invocations(file, YUM, RPM_INSTALLS), (command) => hasFlag(command, 'y', 'assumeyes'), '-y');
  },
};
