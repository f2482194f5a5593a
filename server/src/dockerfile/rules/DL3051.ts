import { hadolintUrl, type Rule } from '../../lint/rule';
import { invalidSchemaValues } from '../labels';

export const rule: Rule = {
  id: 'DL3051',
  source: 'hadolint',
  severity: 'warning',
  summary: 'A label from the label schema is set to an empty value',
  url: hadolintUrl('DL3051'),
  docs: {
    why: 'An empty value passes a "label is present" check while telling nobody anything. Labels listed in the `label-schema` of `.hadolint.yaml` are there because something reads them, so they should hold a value.',
    bad: 'FROM alpine:3.20\nLABEL org.opencontainers.image.vendor=""',
    good: 'FROM alpine:3.20\nLABEL org.opencontainers.image.vendor="Example Ltd"',
    options: { labelSchema: { 'org.opencontainers.image.vendor': 'text' } },
  },
  check(file) {
    return invalidSchemaValues(file, () => true, (value) => value !== '', (key) => `Label \`${key}\` is empty`);
  },
};
