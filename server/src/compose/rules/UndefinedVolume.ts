import { berthUrl } from '../../lint/rule';
import type { ComposeRule } from '../rule';
import { undefinedReferenceFindings } from '../undefinedReferences';

export const rule: ComposeRule = {
  id: 'UndefinedVolume',
  source: 'berth',
  severity: 'error',
  summary: 'A named volume a service mounts that the top-level `volumes` does not declare',
  url: berthUrl('UndefinedVolume'),
  docs: {
    why: 'A mount such as `data:/var/lib/data` uses the named volume `data`, which must be declared under the top-level `volumes` (an empty entry is enough). Compose refuses an undeclared name, which is often a host path missing its `./`. The quick fix picks a declared volume one or two letters away. In a fragment other files extend (`extends: { file, service }`), a volume every extending file declares is fine: Compose resolves the name there.',
    bad: 'services:\n  db:\n    image: postgres:17\n    volumes:\n      - pgdata:/var/lib/postgresql/data\n',
    good: 'services:\n  db:\n    image: postgres:17\n    volumes:\n      - pgdata:/var/lib/postgresql/data\nvolumes:\n  pgdata:\n',
  },
  check: (file) => undefinedReferenceFindings(file, 'volumes'),
};
