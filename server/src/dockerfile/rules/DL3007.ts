import { hadolintUrl, type Rule } from '../../lint/rule';

export const rule: Rule = {
  id: 'DL3007',
  source: 'hadolint',
  severity: 'warning',
  summary: 'The `latest` tag moves whenever a new image is pushed; pin a release tag so rebuilds get the same base',
  url: hadolintUrl('DL3007'),
  docs: {
    why: '`latest` names whatever was pushed last. A rebuild months later can pull a different major version and break in ways the Dockerfile does not show. A release tag (or a digest) makes the build repeatable.',
    bad: 'FROM node:latest',
    good: 'FROM node:22.11-bookworm-slim',
  },
  check(file) {
    return file.stages.flatMap((stage) => {
      // The tag is part of the FROM's text; dockerfile-ast reads it by resolving the FROM's variables, each against every FROM of the file.
      if (!stage.from.getTextContent().includes('latest')) return [];
      const range = stage.from.getImageTagRange();
      // A digest pins the image whatever the tag says.
      if (stage.from.getImageTag() !== 'latest' || stage.from.getImageDigest() || !range) return [];
      return [{ range }];
    });
  },
};
