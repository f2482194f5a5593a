import { hadolintUrl, type Rule } from '../../lint/rule';
import { APK, invocations, unpinnedPackages } from '../packageManagers';

/** `pkg=1.2.3-r0`, a fuzzy `pkg~1.2`, or a local `.apk` file. */
function apkPinned(spec: string): boolean {
  return spec.includes('=') || spec.includes('~') || spec.endsWith('.apk');
}

export const rule: Rule = {
  id: 'DL3018',
  source: 'hadolint',
  severity: 'warning',
  summary: 'Pin the versions of packages installed with apk add (`apk add curl=8.9.1-r1`)',
  url: hadolintUrl('DL3018'),
  docs: {
    why: '`apk add <package>` installs whatever version the Alpine repository holds at build time. Pinning with `=` (or `~` for a version prefix) keeps rebuilds the same and makes upgrades deliberate.',
    bad: 'FROM alpine:3.20\nRUN apk add --no-cache curl',
    good: 'FROM alpine:3.20\nRUN apk add --no-cache curl=8.9.1-r1',
  },
  check(file) {
    return unpinnedPackages(file, invocations(file, APK, ['add']), apkPinned, (spec) => `Pin the version of \`${spec}\`: \`apk add ${spec}=<version>\``);
  },
};
