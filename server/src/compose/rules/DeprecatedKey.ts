import { berthUrl } from '../../lint/rule';
import type { ComposeRule } from '../rule';
import { shapeFindings } from '../validate';

export const rule: ComposeRule = {
  id: 'DeprecatedKey',
  source: 'berth',
  severity: 'warning',
  summary: 'A key the Compose Specification keeps only for old files and says to replace',
  url: berthUrl('DeprecatedKey'),
  docs: {
    why: 'Compose still reads some keys for old files but asks for their replacement, such as `external: { name: … }` on a network, volume or config, which is now written as `name:` beside `external: true`. A deprecated key may stop working in a later Compose release.',
    bad: 'services:\n  web:\n    image: nginx:1.27\n    networks: [shared]\nnetworks:\n  shared:\n    external:\n      name: corp-net\n',
    good: 'services:\n  web:\n    image: nginx:1.27\n    networks: [shared]\nnetworks:\n  shared:\n    name: corp-net\n    external: true\n',
  },
  check: (file) => shapeFindings(file, 'deprecated'),
};
