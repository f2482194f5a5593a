import { hadolintUrl, type Rule } from '../../lint/rule';

export const rule: Rule = {
  id: 'DL3007',
  source: 'hadolint',
  severity: 'warning',
  summary: 'Using latest is prone to errors if the image will ever update. Pin the version explicitly to a release tag',
  url: hadolintUrl('DL3007'),
  docs: {
    why: '`latest` names whatever was pushed last. A rebuild months later can pull a different major version and break in ways the Dockerfile does not show. A release tag (or a digest) makes the build repeatable.',
    bad: 'FROM node:latest',
    good: 'FROM node:22.11-bookworm-slim',
  },
  check(file) {
    return file.stages.flatMap((stage) => {
      const range = stage.from.getImageTagRange();
      // A digest pins the image whatever the tag says.
      if (stage.from.getImageTag() !== 'latest' || stage.from.getImageDigest() || !range) return [];
      return [{ range }];
    });
  },
};
