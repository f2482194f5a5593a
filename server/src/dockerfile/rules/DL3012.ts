import { hadolintUrl, type Rule } from '../../lint/rule';
import { repeatedInStage } from '../stages';

export const rule: Rule = {
  id: 'DL3012',
  aliases: ['MultipleInstructionsDisallowed'],
  source: 'hadolint',
  severity: 'error',
  summary: 'A stage has more than one HEALTHCHECK; only the last one takes effect',
  url: hadolintUrl('DL3012'),
  docs: {
    why: 'An image has a single health check: each HEALTHCHECK replaces the one before it, so all but the last in a stage are dead code that a reader may take for the real check. Keep one per stage and combine the probes in its command if you need several.',
    bad: 'FROM nginx:1.27\nHEALTHCHECK CMD curl -f http://localhost/ || exit 1\nHEALTHCHECK CMD curl -f http://localhost/health || exit 1',
    good: 'FROM nginx:1.27\nHEALTHCHECK CMD curl -f http://localhost/health || exit 1',
  },
  check(file) {
    return repeatedInStage(file, 'HEALTHCHECK').map((i) => ({ range: i.getInstructionRange() }));
  },
};
