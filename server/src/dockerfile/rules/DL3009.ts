import { hadolintUrl, type Rule } from '../../lint/rule';
import { APT_GET, invocations, missingCleanup, mountsScratchAt, reachesImage } from '../packageManagers';

const LISTS = '/var/lib/apt/lists';

export const rule: Rule = {
  id: 'DL3009',
  source: 'hadolint',
  severity: 'info',
  summary: 'Delete the apt lists (`rm -rf /var/lib/apt/lists/*`) in the RUN that downloaded them with apt-get update',
  url: hadolintUrl('DL3009'),
  docs: {
    why: '`apt-get update` downloads package indexes, tens of megabytes that nothing needs once the packages are installed. Removing them in the same RUN keeps them out of the layer; removing them in a later RUN does not shrink the image. Stages that only feed `COPY --from` are left alone, and a cache mount on `/var/lib/apt/lists` keeps them out of the image too.',
    bad: 'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8',
    good: 'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8 && rm -rf /var/lib/apt/lists/*',
  },
  check(file) {
    const updates = invocations(file, APT_GET, ['update']).filter(
      // hadolint also accepts cache mounts on both the apt state and the download cache.
      ({ owner }) => reachesImage(file, owner) && !(mountsScratchAt(owner.run, '/var/lib/apt') && mountsScratchAt(owner.run, '/var/cache/apt')),
    );
    return missingCleanup(file, updates, { directories: [LISTS], step: () => `rm -rf ${LISTS}/*` });
  },
};
