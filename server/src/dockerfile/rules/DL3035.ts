import { hadolintUrl, type Rule } from '../../lint/rule';
import { invocationRange, invocations, ZYPPER } from '../packageManagers';

export const rule: Rule = {
  id: 'DL3035',
  source: 'hadolint',
  severity: 'warning',
  summary: 'Do not run `zypper dist-upgrade` in a Dockerfile; start from a newer base image instead',
  url: hadolintUrl('DL3035'),
  docs: {
    why: '`zypper dist-upgrade` moves the whole system to whatever the repositories hold now, possibly a new distribution release, so the image no longer matches its base tag and each build can differ. Pick the base image of the release you want, and install or update single packages.',
    bad: 'FROM opensuse/leap:15.5\nRUN zypper -n dist-upgrade',
    good: 'FROM opensuse/leap:15.6\nRUN zypper -n install httpd=2.4.58 && zypper clean',
  },
  check(file) {
    return invocations(file, ZYPPER, ['dist-upgrade', 'dup']).map((upgrade) => ({ range: invocationRange(file, upgrade) }));
  },
};
