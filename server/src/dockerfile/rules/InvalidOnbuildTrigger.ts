import { berthUrl, type Rule } from '../../lint/rule';
import { instructionSyntax } from '../builder/instructionSyntax';

const REFUSED = new Set(['ONBUILD', 'FROM', 'MAINTAINER']);

export const rule: Rule = {
  id: 'InvalidOnbuildTrigger',
  source: 'berth',
  severity: 'error',
  summary: 'ONBUILD cannot run ONBUILD, FROM or MAINTAINER',
  url: berthUrl('InvalidOnbuildTrigger'),
  docs: {
    why: 'ONBUILD stores an instruction that runs at the start of every build that uses this image as its base. The builder refuses to chain ONBUILD, and refuses FROM and MAINTAINER as triggers, because they would change the child\u2019s base or metadata behind its back.',
    bad: 'FROM node:22-alpine\nONBUILD FROM node:22-alpine\nONBUILD COPY package.json /app/',
    good: 'FROM node:22-alpine\nONBUILD COPY package.json /app/\nONBUILD RUN npm ci',
  },
  check(file) {
    return instructionSyntax(file).flatMap(({ onbuild, keyword, instruction }) => {
      if (!onbuild || !REFUSED.has(keyword)) return [];
      const message = keyword === 'ONBUILD' ? 'ONBUILD cannot be chained: `ONBUILD ONBUILD` is refused' : `${keyword} is not allowed as an ONBUILD trigger`;
      return [{ range: instruction.getInstructionRange(), message }];
    });
  },
};
