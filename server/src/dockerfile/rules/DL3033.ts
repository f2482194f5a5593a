import { hadolintUrl, type Rule } from '../../lint/rule';
import { invocations, RPM_PACKAGE_INSTALLS, rpmPinned, unpinnedPackages, YUM } from '../packageManagers';

export const rule: Rule = {
  id: 'DL3033',
  source: 'hadolint',
  severity: 'warning',
  summary: 'Pin the versions of packages installed with yum install (`yum install -y httpd-2.4.6`)',
  url: hadolintUrl('DL3033'),
  docs: {
    why: 'Without a version, yum installs whatever the repositories hold on the day of the build. `name-version` (and `module:stream` for modules) keeps rebuilds the same.',
    bad: 'FROM centos:7\nRUN yum install -y httpd && yum clean all',
    good: 'FROM centos:7\nRUN yum install -y httpd-2.4.6 && yum clean all',
  },
  check(file) {
    return unpinnedPackages(
      file,
      invocations(file, YUM, RPM_PACKAGE_INSTALLS),
      rpmPinned,
      (spec) => `Pin the version of \`${spec}\`: \`yum install -y ${spec}-<version>\` (\`module:stream\` for a module)`,
    );
  },
};
