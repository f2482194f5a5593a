import { berthUrl } from '../../lint/rule';
import type { ComposeRule } from '../rule';
import { shapeFindings } from '../validate';

export const rule: ComposeRule = {
  id: 'UnknownKey',
  source: 'berth',
  severity: 'error',
  summary: 'A key the Compose Specification does not define at that place',
  url: berthUrl('UnknownKey'),
  docs: {
    why: 'Compose checks every key against the Compose Specification and refuses a file with a key it does not know, such as a misspelt `enviroment`, or a key put one level too high or too low. Keys starting with `x-` are extensions and always allowed. The quick fix renames a key that is one or two letters away from a known one.',
    bad: 'services:\n  web:\n    image: nginx:1.27\n    enviroment:\n      TZ: UTC\n',
    good: 'services:\n  web:\n    image: nginx:1.27\n    environment:\n      TZ: UTC\n',
  },
  check: (file) => shapeFindings(file, 'unknownKey'),
};
