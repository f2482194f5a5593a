import { hadolintUrl, type Rule } from '../../lint/rule';
import { APT_GET, invocations, unpinnedPackages } from '../packageManagers';

/** `pkg=1.2.3`, a release (`pkg/bookworm-backports`) or a local `.deb` file: apt installs what was asked for. */
function aptPinned(spec: string): boolean {
  return spec.includes('=') || spec.includes('/') || spec.endsWith('.deb');
}

export const rule: Rule = {
  id: 'DL3008',
  source: 'hadolint',
  severity: 'warning',
  summary: 'Pin the versions of packages installed with apt-get install (`apt-get install curl=7.88.1-10`)',
  url: hadolintUrl('DL3008'),
  docs: {
    why: 'Without a version, `apt-get install` takes whatever the mirror holds on the day of the build, so two builds of the same Dockerfile can ship different packages. Naming the version makes the build repeatable and makes an upgrade a visible change to the Dockerfile.',
    bad: 'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*',
    good: 'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8 && rm -rf /var/lib/apt/lists/*',
  },
  check(file) {
    return unpinnedPackages(file, invocations(file, APT_GET, ['install']), aptPinned, (spec) => `Pin the version of \`${spec}\`: \`apt-get install ${spec}=<version>\``);
  },
};
