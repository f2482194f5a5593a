import { hadolintUrl, type Rule } from '../../lint/rule';
import { repeatedInStage } from '../stages';

export const rule: Rule = {
  id: 'DL4003',
  aliases: ['MultipleInstructionsDisallowed'],
  source: 'hadolint',
  severity: 'warning',
  summary: 'A stage has more than one CMD; only the last one takes effect',
  url: hadolintUrl('DL4003'),
  docs: {
    why: 'An image has one default command: each CMD replaces the previous one, so the earlier ones in a stage never run. Two CMDs usually mean two processes were meant to start; run them from a script or a process manager, or keep the one that matters.',
    bad: 'FROM node:22-slim\nCMD ["node", "worker.js"]\nCMD ["node", "server.js"]',
    good: 'FROM node:22-slim\nCMD ["node", "server.js"]',
  },
  check(file) {
    return repeatedInStage(file, 'CMD').map((i) => ({ range: i.getInstructionRange() }));
  },
};
