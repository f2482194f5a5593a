import { berthUrl } from '../../lint/rule';
import type { ComposeRule } from '../rule';

export const rule: ComposeRule = {
  id: 'YamlSyntax',
  source: 'berth',
  severity: 'error',
  summary: 'The file is not valid YAML, so Compose cannot read it',
  url: berthUrl('YamlSyntax'),
  docs: {
    why: 'Compose reads the file as YAML before anything else: a tab used for indentation, a key written twice in one mapping, an unclosed quote or bracket stops `docker compose` with a parse error. Each problem is shown where the YAML reader found it.',
    bad: 'services:\n  web:\n    image: nginx:1.27\n    image: nginx:1.28\n',
    good: 'services:\n  web:\n    image: nginx:1.28\n',
  },
  check(file) {
    return file.yaml.problems
      .filter((p) => p.severity === 'error' && p.code !== 'ALIAS_BUDGET')
      .map((p) => ({ range: file.range(p.start, p.end), message: p.message }));
  },
};
