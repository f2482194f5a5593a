import { berthUrl } from '../../lint/rule';
import type { ComposeRule } from '../rule';

export const rule: ComposeRule = {
  id: 'InvalidInterpolation',
  source: 'berth',
  severity: 'error',
  summary: 'A `${` that is not a valid variable substitution, so Compose stops',
  url: berthUrl('InvalidInterpolation'),
  docs: {
    why: 'Compose replaces `${NAME}` in values, with the forms `${NAME:-default}`, `${NAME-default}`, `${NAME:?error}`, `${NAME?error}`, `${NAME:+alternative}` and `${NAME+alternative}`. A `${` that never closes, or holds anything else (`${NAME.x}`, `${}`), stops Compose with "invalid interpolation format". A dollar meant literally, as in a shell command, is written `$$`.',
    bad: 'services:\n  web:\n    image: nginx:${NGINX_VERSION\n',
    good: 'services:\n  web:\n    image: nginx:${NGINX_VERSION:-1.27}\n',
  },
  check(file) {
    return file.interpolation.problems.map((p) => ({ range: file.range(p.start, p.end), message: p.message }));
  },
};
