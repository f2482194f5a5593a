import { Onbuild } from 'dockerfile-ast';
import { hadolintUrl, type Rule } from '../../lint/rule';

/** Instructions the builder refuses as ONBUILD triggers. */
const FORBIDDEN_TRIGGERS = new Set(['ONBUILD', 'FROM', 'MAINTAINER']);

export const rule: Rule = {
  id: 'DL3043',
  source: 'hadolint',
  severity: 'error',
  summary: 'ONBUILD triggers ONBUILD, FROM or MAINTAINER, which the builder refuses',
  url: hadolintUrl('DL3043'),
  docs: {
    why: 'ONBUILD stores an instruction to run when another image builds FROM this one. Chaining ONBUILD ONBUILD, or triggering FROM or MAINTAINER, is not allowed: the build of the downstream image fails. Move the instruction out of ONBUILD or into the downstream Dockerfile.',
    bad: 'FROM node:22\nONBUILD FROM node:22-slim',
    good: 'FROM node:22\nONBUILD COPY package.json package-lock.json ./',
  },
  check(file) {
    return file.instructions.flatMap((instruction) => {
      if (!(instruction instanceof Onbuild)) return [];
      const trigger = instruction.getTriggerWord()?.toUpperCase();
      const range = instruction.getTriggerRange();
      if (!trigger || !range || !FORBIDDEN_TRIGGERS.has(trigger)) return [];
      return [{ range, message: `\`${trigger}\` cannot be triggered from within ONBUILD` }];
    });
  },
};
