import { hadolintUrl, type Rule } from '../../lint/rule';
import { earlierStageNamed, hasVariable } from '../stages';

export const rule: Rule = {
  id: 'DL3006',
  source: 'hadolint',
  severity: 'warning',
  summary: 'The base image has no tag, so it means whatever `latest` is when the build runs',
  url: hadolintUrl('DL3006'),
  docs: {
    why: 'An image named without a tag is pulled as `latest`, which moves every time the publisher pushes. The same Dockerfile then builds on a different base from one week to the next. Name a release tag, or pin a digest.',
    bad: 'FROM python\nRUN pip install --no-cache-dir flask==3.0.3',
    good: 'FROM python:3.12-slim\nRUN pip install --no-cache-dir flask==3.0.3',
  },
  check(file) {
    return file.stages.flatMap((stage) => {
      const from = stage.from;
      const image = from.getImage();
      const range = from.getImageRange();
      // scratch has no versions, and a variable may carry its own tag. Checked first: dockerfile-ast reads a
      // tag by resolving the FROM's variables, each against every FROM of the file.
      if (!image || !range || image === 'scratch' || hasVariable(image)) return [];
      // An earlier stage is built here, not pulled.
      if (from.getImageTag() || from.getImageDigest() || earlierStageNamed(file, image, stage.index)) return [];
      return [{ range, message: `Image \`${image}\` has no tag; name a version such as \`${image}:<version>\`` }];
    });
  },
};
