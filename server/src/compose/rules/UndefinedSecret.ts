import { berthUrl } from '../../lint/rule';
import type { ComposeRule } from '../rule';
import { undefinedReferenceFindings } from '../undefinedReferences';

export const rule: ComposeRule = {
  id: 'UndefinedSecret',
  source: 'berth',
  severity: 'error',
  summary: 'A secret granted to a service (or its build) that the top-level `secrets` does not declare',
  url: berthUrl('UndefinedSecret'),
  docs: {
    why: 'A service or a build gets a secret by the name it has under the top-level `secrets`, which says where its value comes from (a file, an environment variable, or an existing secret). Compose refuses a name that is not declared there. In a fragment other files extend (`extends: { file, service }`), a secret every extending file declares is fine: Compose resolves the name there.',
    bad: 'services:\n  api:\n    image: example/api:1\n    secrets:\n      - db_password\n',
    good: 'services:\n  api:\n    image: example/api:1\n    secrets:\n      - db_password\nsecrets:\n  db_password:\n    environment: DB_PASSWORD\n',
  },
  check: (file) => undefinedReferenceFindings(file, 'secrets'),
};
