import { berthUrl } from '../../lint/rule';
import type { ComposeRule } from '../rule';

export const rule: ComposeRule = {
  id: 'YamlWarning',
  source: 'berth',
  severity: 'warning',
  summary: 'YAML the reader accepts but that probably does not mean what it says',
  url: berthUrl('YamlWarning'),
  docs: {
    why: 'Some YAML is valid but suspicious: a tag Compose does not know (only `!reset` and `!override` mean something to it), or a mapping used as a key. The YAML reader warns about them; Compose may read them differently from what was meant.',
    bad: 'services:\n  web:\n    image: !image nginx:1.27\n',
    good: 'services:\n  web:\n    image: nginx:1.27\n',
  },
  check(file) {
    return file.yaml.problems.filter((p) => p.severity === 'warning').map((p) => ({ range: file.range(p.start, p.end), message: p.message }));
  },
};
