import { hadolintUrl, type Rule } from '../../lint/rule';
import { APK, invocations, missingOption, mountsScratchAt } from '../packageManagers';
import { hasFlag } from '../shell';

export const rule: Rule = {
  id: 'DL3019',
  source: 'hadolint',
  severity: 'info',
  summary: 'Use `apk add --no-cache` instead of `--update` and removing `/var/cache/apk/*` afterwards',
  url: hadolintUrl('DL3019'),
  docs: {
    why: 'Without `--no-cache`, apk stores the package index under `/var/cache/apk` and it stays in the layer unless removed in the same RUN. `--no-cache` fetches a fresh index and keeps nothing; a cache mount on `/var/cache/apk` keeps it out of the image too.',
    bad: 'FROM alpine:3.20\nRUN apk add curl=8.9.1-r1',
    good: 'FROM alpine:3.20\nRUN apk add --no-cache curl=8.9.1-r1',
  },
  check(file) {
    const adds = invocations(file, APK, ['add']).filter((add) => !mountsScratchAt(add.owner.run, '/var/cache/apk') && !mountsScratchAt(add.owner.run, '/etc/apk/cache'));
    return missingOption(file, adds, (command) => hasFlag(command, 'no-cache'), '--no-cache');
  },
};
