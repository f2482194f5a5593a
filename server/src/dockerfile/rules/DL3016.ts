import { hadolintUrl, type Rule } from '../../lint/rule';
import { invocations, NPM, unpinnedPackages } from '../packageManagers';

const GIT_PREFIXES = ['git://', 'git+ssh://', 'git+http://', 'git+https://'];
const TARBALL_SUFFIXES = ['.tar', '.tar.gz', '.tgz'];
const FOLDER_PREFIXES = ['/', './', '../', '~/'];

/** `name@version` (or a tag or range), a git URL with `#ref`, a tarball or a local folder. */
function npmPinned(spec: string): boolean {
  if (GIT_PREFIXES.some((prefix) => spec.startsWith(prefix))) return spec.includes('#');
  if (TARBALL_SUFFIXES.some((suffix) => spec.endsWith(suffix)) || FOLDER_PREFIXES.some((prefix) => spec.startsWith(prefix))) return true;
  // The `@` of a scope (`@org/pkg`) is not a version.
  const name = spec.startsWith('@') ? spec.slice(spec.indexOf('/') + 1) : spec;
  return name.includes('@');
}

export const rule: Rule = {
  id: 'DL3016',
  source: 'hadolint',
  severity: 'warning',
  summary: 'Pin the versions of packages installed with npm install (`npm install express@4.21.1`)',
  url: hadolintUrl('DL3016'),
  docs: {
    why: '`npm install <package>` without a version takes the newest release at build time. Naming the version (or installing from package.json and its lock file with a bare `npm install` or `npm ci`) keeps rebuilds the same.',
    bad: 'FROM node:22-slim\nRUN npm install --global typescript',
    good: 'FROM node:22-slim\nRUN npm install --global typescript@5.6.3',
  },
  check(file) {
    return unpinnedPackages(file, invocations(file, NPM, ['install']), npmPinned, (spec) => `Pin the version of \`${spec}\`: \`npm install ${spec}@<version>\``);
  },
};
