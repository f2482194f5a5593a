import { hadolintUrl, type Rule } from '../../lint/rule';
import { invocations, unpinnedPackages, ZYPPER } from '../packageManagers';

/** `pkg=1.2`, a range (`pkg>=1.2`, `pkg<2`) or a local `.rpm` file. */
function zypperPinned(spec: string): boolean {
  return /[=<>]/.test(spec) || spec.endsWith('.rpm');
}

export const rule: Rule = {
  id: 'DL3037',
  source: 'hadolint',
  severity: 'warning',
  summary: 'Pin the versions of packages installed with zypper install (`zypper install -y httpd=2.4.58`)',
  url: hadolintUrl('DL3037'),
  docs: {
    why: 'Without a version, zypper installs whatever the repositories hold on the day of the build. `name=version` (or a range such as `name>=version`) keeps rebuilds the same.',
    bad: 'FROM opensuse/leap:15.6\nRUN zypper install -y httpd && zypper clean',
    good: 'FROM opensuse/leap:15.6\nRUN zypper install -y httpd=2.4.58 && zypper clean',
  },
  check(file) {
    return unpinnedPackages(file, invocations(file, ZYPPER, ['install', 'in']), zypperPinned, (spec) => `Pin the version of \`${spec}\`: \`zypper install -y ${spec}=<version>\``);
  },
};
