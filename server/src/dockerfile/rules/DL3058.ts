import { hadolintUrl, type Rule } from '../../lint/rule';
import { invalidSchemaValues, isEmail } from '../labels';

export const rule: Rule = {
  id: 'DL3058',
  source: 'hadolint',
  severity: 'warning',
  summary: 'A label the label schema types as `email` does not hold an email address',
  url: hadolintUrl('DL3058'),
  docs: {
    why: 'A contact label typed `email` is meant for whoever has to reach the image\'s owners, often by a tool that mails them. It should be a bare RFC 5322 address, not a name, a team handle or `Name <address>`.',
    bad: 'FROM alpine:3.20\nLABEL maintainer="Platform Team <platform@example.com>"',
    good: 'FROM alpine:3.20\nLABEL maintainer="platform@example.com"',
    options: { labelSchema: { maintainer: 'email' } },
  },
  check(file) {
    return invalidSchemaValues(file, (type) => type === 'email', isEmail, (key) => `Label \`${key}\` is not an email address`);
  },
};
