import { hadolintUrl, type Rule, type RuleFinding } from '../../lint/rule';
import type { DockerfileContext } from '../context';
import {
  APT_GET,
  appendStepFix,
  invocationRange,
  matchInvocation,
  mountsScratchAt,
  packageRuns,
  reachesImage,
  removesDirectory,
  type PackageRun,
} from '../packageManagers';
import { programName } from '../shell';

const LISTS = '/var/lib/apt/lists';

/** The lists live in a cache or tmpfs mount, or the whole apt state and cache do (as hadolint accepts). */
function listsOutsideImage(owner: PackageRun): boolean {
  return mountsScratchAt(owner.run, LISTS) || (mountsScratchAt(owner.run, '/var/lib/apt') && mountsScratchAt(owner.run, '/var/cache/apt'));
}

function check(file: DockerfileContext, owner: PackageRun): RuleFinding[] {
  if (!reachesImage(file, owner) || listsOutsideImage(owner)) return [];
  if (owner.commands.some((command) => removesDirectory(command, LISTS))) return [];
  for (const [index, command] of owner.commands.entries()) {
    if (programName(command) !== 'apt-get') continue;
    const update = matchInvocation({ owner, command, index }, APT_GET, ['update']);
    if (update) return [{ range: invocationRange(file, update), fix: appendStepFix(file, owner, `rm -rf ${LISTS}/*`) }];
  }
  return [];
}

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
    return packageRuns(file).flatMap((owner) => check(file, owner));
  },
};
