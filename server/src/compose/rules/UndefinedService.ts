import { berthUrl } from '../../lint/rule';
import type { ComposeRule } from '../rule';
import { undefinedReferenceFindings } from '../undefinedReferences';

export const rule: ComposeRule = {
  id: 'UndefinedService',
  source: 'berth',
  severity: 'error',
  summary: 'A service name in `depends_on`, `links`, `extends`, `network_mode`, `volumes_from` and the like that no service has',
  url: berthUrl('UndefinedService'),
  docs: {
    why: 'Services refer to each other by name: to start in order (`depends_on`), to share a network stack (`network_mode: service:db`) or volumes (`volumes_from`), or to start from another\u2019s settings (`extends`). Compose refuses a name no service in the project has, which is usually a typo or a service that was renamed. Services defined in the base file an override file is merged onto, and in included files, count. The quick fix picks a service name one or two letters away. In a fragment other files extend, a service every extending file defines is fine for `depends_on` and the like (not for an `extends` without `file`, which names a service of the fragment itself).',
    bad: 'services:\n  web:\n    image: nginx:1.27\n    depends_on:\n      - databse\n  database:\n    image: postgres:17\n',
    good: 'services:\n  web:\n    image: nginx:1.27\n    depends_on:\n      - database\n  database:\n    image: postgres:17\n',
  },
  check: (file) => undefinedReferenceFindings(file, 'services'),
};
