import { hadolintUrl, type Rule } from '../../lint/rule';
import { copyFromReferences } from '../stages';

export const rule: Rule = {
  id: 'DL3023',
  source: 'hadolint',
  severity: 'error',
  summary: 'COPY --from names the stage it is in',
  url: hadolintUrl('DL3023'),
  docs: {
    why: 'A stage cannot copy from itself: its files are not there until the stage is finished, and the builder stops with a circular dependency. Copy from the earlier stage that produced the files, or drop --from to copy from the build context.',
    bad: 'FROM node:22 AS web\nRUN npm ci && npm run build\nCOPY --from=web /app/dist /srv',
    good: 'FROM node:22 AS web-build\nRUN npm ci && npm run build\nFROM nginx:1.27 AS web\nCOPY --from=web-build /app/dist /usr/share/nginx/html',
  },
  check(file) {
    return copyFromReferences(file)
      .filter((reference) => reference.source.kind === 'self')
      .map((reference) => ({ range: reference.range }));
  },
};
