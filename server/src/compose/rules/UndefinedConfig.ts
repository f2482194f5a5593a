import { berthUrl } from '../../lint/rule';
import type { ComposeRule } from '../rule';
import { undefinedReferenceFindings } from '../undefinedReferences';

export const rule: ComposeRule = {
  id: 'UndefinedConfig',
  source: 'berth',
  severity: 'error',
  summary: 'A config granted to a service that the top-level `configs` does not declare',
  url: berthUrl('UndefinedConfig'),
  docs: {
    why: 'A service gets a config by the name it has under the top-level `configs`, which says where its content comes from (a file, inline content, an environment variable or an existing config). Compose refuses a name that is not declared there. In a fragment other files extend (`extends: { file, service }`), a config every extending file declares is fine: Compose resolves the name there.',
    bad: 'services:\n  web:\n    image: nginx:1.27\n    configs:\n      - nginx_conf\n',
    good: 'services:\n  web:\n    image: nginx:1.27\n    configs:\n      - nginx_conf\nconfigs:\n  nginx_conf:\n    content: \"events {}\"\n',
  },
  check: (file) => undefinedReferenceFindings(file, 'configs'),
};
