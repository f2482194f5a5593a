import { hadolintUrl, type Rule } from '../../lint/rule';
import { invalidSchemaValues, isGitHash } from '../labels';

export const rule: Rule = {
  id: 'DL3055',
  source: 'hadolint',
  severity: 'warning',
  summary: 'A label the label schema types as `hash` does not hold a git commit hash',
  url: hadolintUrl('DL3055'),
  docs: {
    why: 'A revision label such as `org.opencontainers.image.revision` ties the image to the commit it was built from. Tools expect the hash as git prints it: 7 or 40 lower-case hex digits, not a branch or tag name.',
    bad: 'FROM alpine:3.20\nLABEL org.opencontainers.image.revision="main"',
    good: 'FROM alpine:3.20\nLABEL org.opencontainers.image.revision="43c572f1272b6b3171dd1db9e41b7027128ce080"',
    options: { labelSchema: { 'org.opencontainers.image.revision': 'hash' } },
  },
  check(file) {
    return invalidSchemaValues(file, (type) => type === 'hash', isGitHash, (key) => `Label \`${key}\` is not a git commit hash`);
  },
};
