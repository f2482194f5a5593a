import { hadolintUrl, type Rule } from '../../lint/rule';
import { repeatedInStage } from '../stages';

export const rule: Rule = {
  id: 'DL4004',
  aliases: ['MultipleInstructionsDisallowed'],
  source: 'hadolint',
  severity: 'error',
  summary: 'A stage has more than one ENTRYPOINT; only the last one takes effect',
  url: hadolintUrl('DL4004'),
  docs: {
    why: 'An image has one entrypoint: each ENTRYPOINT replaces the previous one, so the earlier ones in a stage are never used. Keep the one the container should start with.',
    bad: 'FROM python:3.12-slim\nENTRYPOINT ["python"]\nENTRYPOINT ["gunicorn", "app:app"]',
    good: 'FROM python:3.12-slim\nENTRYPOINT ["gunicorn", "app:app"]',
  },
  check(file) {
    return repeatedInStage(file, 'ENTRYPOINT').map((i) => ({ range: i.getInstructionRange() }));
  },
};
