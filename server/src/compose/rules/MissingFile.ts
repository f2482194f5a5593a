import { berthUrl } from '../../lint/rule';
import { pathFindings, pathKind } from '../paths';
import type { PathRole } from '../references';
import type { ComposeRule } from '../rule';

/** What each kind of path is, in messages; the others have rules of their own. */
const WHAT: Partial<Record<PathRole, string>> = {
  include: 'Included file',
  extendsFile: '`extends.file`',
  labelFile: 'label_file',
  secretFile: 'Secret file',
  configFile: 'Config file',
};

export const rule: ComposeRule = {
  id: 'MissingFile',
  source: 'berth',
  severity: 'error',
  summary: 'An included file, `extends.file`, label file, or secret or config file that does not exist',
  url: berthUrl('MissingFile'),
  docs: {
    why: 'Compose reads the files a Compose file names, relative to it: other Compose files to include, the file `extends` takes a service from, label files, and the files secrets and configs are read from. When one does not exist Compose stops.',
    bad: 'include:\n  - ./monitoring/compose.yaml\nservices:\n  web:\n    image: nginx:1.27\n',
    good: 'include:\n  - ./observability/compose.yaml\nservices:\n  web:\n    image: nginx:1.27\n',
    files: { 'observability/compose.yaml': 'services:\n  prometheus:\n    image: prom/prometheus:v3.0.0\n' },
  },
  check(file) {
    return pathFindings(file, (reference) => {
      const what = WHAT[reference.role];
      return what && pathKind(file, reference) === 'missing' ? `${what} \`${reference.value}\` does not exist` : undefined;
    });
  },
};
