import { berthUrl } from '../../lint/rule';
import type { ComposeRule } from '../rule';
import { shapeFindings } from '../validate';

export const rule: ComposeRule = {
  id: 'InvalidType',
  source: 'berth',
  severity: 'error',
  summary: 'A value of the wrong kind: a string where a list is expected, a mapping where a number is',
  url: berthUrl('InvalidType'),
  docs: {
    why: 'Each Compose key takes a particular kind of value: `ports` a list, `healthcheck` a mapping, `image` a string. Compose refuses a file where a value has the wrong kind. A value holding a variable (`${PORT}`) is accepted wherever a string could become the right value after interpolation.',
    bad: 'services:\n  web:\n    image: nginx:1.27\n    ports: "80:80"\n',
    good: 'services:\n  web:\n    image: nginx:1.27\n    ports:\n      - "80:80"\n',
  },
  check: (file) => shapeFindings(file, 'type'),
};
