import { berthUrl } from '../../lint/rule';
import type { ComposeRule } from '../rule';
import { undefinedReferenceFindings } from '../undefinedReferences';

export const rule: ComposeRule = {
  id: 'UndefinedNetwork',
  source: 'berth',
  severity: 'error',
  summary: 'A network a service joins that the top-level `networks` does not declare',
  url: berthUrl('UndefinedNetwork'),
  docs: {
    why: 'Services join the networks listed under their `networks`, and each must be declared under the top-level `networks` (except `default`, which every project has). Compose refuses an undeclared name. The quick fix picks a declared network one or two letters away. In a fragment other files extend (`extends: { file, service }`), a network every extending file declares is fine: Compose resolves the name there.',
    bad: 'services:\n  web:\n    image: nginx:1.27\n    networks:\n      - frontend\nnetworks:\n  front:\n',
    good: 'services:\n  web:\n    image: nginx:1.27\n    networks:\n      - front\nnetworks:\n  front:\n',
  },
  check: (file) => undefinedReferenceFindings(file, 'networks'),
};
