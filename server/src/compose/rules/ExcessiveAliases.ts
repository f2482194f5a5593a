import { berthUrl } from '../../lint/rule';
import type { ComposeRule } from '../rule';

export const rule: ComposeRule = {
  id: 'ExcessiveAliases',
  source: 'berth',
  severity: 'error',
  summary: 'Aliases that would expand the file to an enormous size (an alias bomb)',
  url: berthUrl('ExcessiveAliases'),
  docs: {
    why: 'An alias (`*name`) repeats what its anchor (`&name`) holds. Aliases of aliases multiply: a few lines can stand for billions of values, which would hang any program that expands them. Compose refuses such files as excessive aliasing, and Berth stops following the aliases so the editor stays responsive.',
    bad: 'x-a: &a [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]\nx-b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nx-c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nx-d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\nx-e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\nservices:\n  web:\n    image: nginx:1.27\n',
    good: 'x-a: &a [1, 1, 1]\nservices:\n  web:\n    image: nginx:1.27\n',
  },
  check(file) {
    return file.yaml.problems.filter((p) => p.code === 'ALIAS_BUDGET').map((p) => ({ range: file.range(p.start, p.end), message: p.message }));
  },
};
