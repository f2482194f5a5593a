import { hadolintUrl, type Rule } from '../../lint/rule';
import { DNF, invocations, RPM_PACKAGE_INSTALLS, rpmPinned, unpinnedPackages } from '../packageManagers';

export const rule: Rule = {
  id: 'DL3041',
  source: 'hadolint',
  severity: 'warning',
  summary: 'Pin the versions of packages installed with dnf install (`dnf install -y httpd-2.4.62`)',
  url: hadolintUrl('DL3041'),
  docs: {
    why: 'Without a version, dnf and microdnf install whatever the repositories hold on the day of the build. `name-version` (and `module:stream` for modules) keeps rebuilds the same.',
    bad: 'FROM fedora:40\nRUN dnf install -y httpd && dnf clean all',
    good: 'FROM fedora:40\nRUN dnf install -y httpd-2.4.62 && dnf clean all',
  },
  check(file) {
    return unpinnedPackages(
      file,
      invocations(file, DNF, RPM_PACKAGE_INSTALLS),
      rpmPinned,
      (spec) => `Pin the version of \`${spec}\`: \`dnf install -y ${spec}-<version>\` (\`module:stream\` for a module)`,
    );
  },
};
