import { berthUrl } from '../../lint/rule';
import type { ComposeRule } from '../rule';
import { shapeFindings } from '../validate';

export const rule: ComposeRule = {
  id: 'MissingRequiredKey',
  source: 'berth',
  severity: 'error',
  summary: 'A block without a key it must have, such as a long-syntax volume without `type`',
  url: berthUrl('MissingRequiredKey'),
  docs: {
    why: 'Some blocks mean nothing without one of their keys: a long-syntax mount needs `type`, a watch rule needs `path` and `action`, a lifecycle hook needs `command`, a model needs `model`. Compose refuses the file until it is there.',
    bad: 'services:\n  web:\n    image: nginx:1.27\n    volumes:\n      - source: ./html\n        target: /usr/share/nginx/html\n',
    good: 'services:\n  web:\n    image: nginx:1.27\n    volumes:\n      - type: bind\n        source: ./html\n        target: /usr/share/nginx/html\n',
  },
  check: (file) => shapeFindings(file, 'required'),
};
