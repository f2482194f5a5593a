import { hadolintUrl, type Rule } from '../../lint/rule';
import { GEM, invocations, unpinnedPackages } from '../packageManagers';
import { hasFlag } from '../shell';

export const rule: Rule = {
  id: 'DL3028',
  source: 'hadolint',
  severity: 'warning',
  summary: 'Pin the versions of gems installed with gem install (`gem install rails:7.2.1` or `-v`)',
  url: hadolintUrl('DL3028'),
  docs: {
    why: '`gem install <gem>` takes the newest release at build time. Name the version with `gem:version` (or `-v` for a single gem) so the image is the same on every build.',
    bad: 'FROM ruby:3.3-slim\nRUN gem install bundler',
    good: 'FROM ruby:3.3-slim\nRUN gem install bundler:2.5.22',
  },
  check(file) {
    // `-v`/`--version` pins the gems of the command.
    const installs = invocations(file, GEM, ['install', 'i']).filter((install) => !hasFlag(install.command, 'v', 'version'));
    return unpinnedPackages(file, installs, (spec) => spec.includes(':'), (spec) => `Pin the version of \`${spec}\`: \`gem install ${spec}:<version>\``);
  },
};
