import { hadolintUrl, type Rule } from '../../lint/rule';
import { invalidSchemaValues, isRfc3339 } from '../labels';

export const rule: Rule = {
  id: 'DL3053',
  source: 'hadolint',
  severity: 'warning',
  summary: 'A label the label schema types as `rfc3339` does not hold an RFC 3339 date and time',
  url: hadolintUrl('DL3053'),
  docs: {
    why: 'Build dates such as `org.opencontainers.image.created` are compared and sorted by tools that expect RFC 3339: a full date, `T`, a time and a zone (`2024-05-01T12:30:00Z`). A bare date or a local time without a zone cannot be ordered reliably.',
    bad: 'FROM alpine:3.20\nLABEL org.opencontainers.image.created="01/05/2024 12:30"',
    good: 'FROM alpine:3.20\nLABEL org.opencontainers.image.created="2024-05-01T12:30:00Z"',
    options: { labelSchema: { 'org.opencontainers.image.created': 'rfc3339' } },
  },
  check(file) {
    return invalidSchemaValues(file, (type) => type === 'rfc3339', isRfc3339, (key) => `Label \`${key}\` is not an RFC 3339 date and time`);
  },
};
