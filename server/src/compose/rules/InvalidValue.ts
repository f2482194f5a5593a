import { berthUrl } from '../../lint/rule';
import type { ComposeRule } from '../rule';
import { shapeFindings } from '../validate';

export const rule: ComposeRule = {
  id: 'InvalidValue',
  source: 'berth',
  severity: 'error',
  summary: 'A value outside the ones its key allows: an unknown restart policy, condition or mount type, a name with bad characters',
  url: berthUrl('InvalidValue'),
  docs: {
    why: 'Some keys take one of a few words (`condition: service_healthy`, `cgroup: host`), a number in a range (`oom_score_adj` from -1000 to 1000), or a name of certain characters (service names). Compose or the engine refuses anything else. The quick fix picks the allowed word closest to a misspelt one.',
    bad: 'services:\n  web:\n    image: nginx:1.27\n    restart: allways\n',
    good: 'services:\n  web:\n    image: nginx:1.27\n    restart: always\n',
  },
  check: (file) => shapeFindings(file, 'value'),
};
