import { hadolintUrl, type Rule } from '../../lint/rule';
import { pipInstalls, unpinnedPackages } from '../packageManagers';
import { hasFlag, type ShellCommand } from '../shell';

const VERSION_OPERATORS = ['==', '>=', '<=', '~=', '!=', '>', '<'];
/** pip's version-control schemes: `git+https://…`, `hg+ssh://…`, `svn://…`, `bzr+lp:…`. */
const VCS = /^(git|hg|svn|bzr)(\+[a-z-]+)?:/;

/**
 * A requirement names its version: a version operator, a VCS URL with `@ref`, a wheel or sdist
 * file, or another path or URL (its content is whatever that file is).
 */
function pipPinned(spec: string): boolean {
  if (VERSION_OPERATORS.some((operator) => spec.includes(operator))) return true;
  if (VCS.test(spec)) return spec.split('#')[0].split('/').pop()!.includes('@');
  return spec.endsWith('.whl') || spec.endsWith('.tar.gz') || spec.includes('/');
}

/** Requirements or constraints files, hash checking, or the project in the current directory decide the versions. */
function versionsDecidedElsewhere(command: ShellCommand): boolean {
  return (
    hasFlag(command, 'requirement', 'constraint', 'require-hashes') ||
    command.args.some((arg) => arg === '.' || /^-[rc]/.test(arg))
  );
}

export const rule: Rule = {
  id: 'DL3013',
  source: 'hadolint',
  severity: 'warning',
  summary: 'Pin the versions of packages installed with pip install (`pip install flask==3.0.3`), or install from a requirements file',
  url: hadolintUrl('DL3013'),
  docs: {
    why: 'An unpinned `pip install` takes the newest release on PyPI at build time, so rebuilding the same Dockerfile can bring in a new major version. Pin each package with `==`, or install from a requirements or constraints file that does.',
    bad: 'FROM python:3.12-slim\nRUN pip install --no-cache-dir flask',
    good: 'FROM python:3.12-slim\nRUN pip install --no-cache-dir flask==3.0.3',
  },
  check(file) {
    const installs = pipInstalls(file).filter((install) => !versionsDecidedElsewhere(install.command));
    return unpinnedPackages(file, installs, pipPinned, (spec) => `Pin the version of \`${spec}\`: \`pip install ${spec}==<version>\`, or install from a requirements file`);
  },
};
