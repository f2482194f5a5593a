import { hadolintUrl, type Rule } from '../../lint/rule';
import { DNF, invocations, missingOption, RPM_INSTALLS } from '../packageManagers';
import { hasFlag } from '../shell';

export const rule: Rule = {
  id: 'DL3038',
  source: 'hadolint',
  severity: 'warning',
  summary: 'Use `dnf install -y`: a build cannot answer dnf\'s confirmation prompt',
  url: hadolintUrl('DL3038'),
  docs: {
    why: 'dnf asks "Is this ok [y/N]" before installing; with no one to answer, the build stops there. `-y` (`--assumeyes`) answers it up front. microdnf is held to the same.',
    bad: 'FROM fedora:40\nRUN dnf install httpd-2.4.62 && dnf clean all',
    good: 'FROM fedora:40\nRUN dnf install -y httpd-2.4.62 && dnf clean all',
  },
  check(file) {
    return missingOption(file, invocations(file, DNF, RPM_INSTALLS), (command) => hasFlag(command, 'y', 'assumeyes'), '-y');
  },
};
