import { hadolintUrl, type Rule } from '../../lint/rule';
import { invocations, missingCleanup, reachesImage, runsSubcommand, YARN } from '../packageManagers';

/** Where yarn 1 keeps its cache for root (the default in images) and for the node images' `node` user. */
const YARN_CACHES = ['/usr/local/share/.cache/yarn', '/root/.cache/yarn', '/home/node/.cache/yarn'];

export const rule: Rule = {
  id: 'DL3060',
  source: 'hadolint',
  severity: 'info',
  summary: 'Run `yarn cache clean` after yarn install, in the same RUN',
  url: hadolintUrl('DL3060'),
  docs: {
    why: 'yarn keeps a copy of every package it downloads in its cache, which stays in the layer and can double the size of `node_modules`. `yarn cache clean` in the same RUN removes it, as does a cache mount on the cache directory. Stages that only feed `COPY --from` are left alone.',
    bad: 'FROM node:22-slim\nCOPY package.json yarn.lock ./\nRUN yarn install --frozen-lockfile',
    good: 'FROM node:22-slim\nCOPY package.json yarn.lock ./\nRUN yarn install --frozen-lockfile && yarn cache clean',
  },
  check(file) {
    const installs = invocations(file, YARN, ['install']).filter(({ owner }) => reachesImage(file, owner));
    return missingCleanup(file, installs, {
      directories: YARN_CACHES,
      cleans: (command) => runsSubcommand(command, YARN, 'cache clean'),
      step: () => 'yarn cache clean',
    });
  },
};
