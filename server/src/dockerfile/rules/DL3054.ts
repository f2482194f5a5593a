import { hadolintUrl, type Rule } from '../../lint/rule';
import { invalidSchemaValues, isSpdxExpression } from '../labels';

export const rule: Rule = {
  id: 'DL3054',
  source: 'hadolint',
  severity: 'warning',
  summary: 'A label the label schema types as `spdx` does not hold a valid SPDX license expression',
  url: hadolintUrl('DL3054'),
  docs: {
    why: 'License scanners read `org.opencontainers.image.licenses` as an SPDX expression: identifiers from the SPDX list (`Apache-2.0`, not `Apache 2`) joined by `AND`, `OR` or `WITH`. Anything else has to be reviewed by hand.',
    bad: 'FROM alpine:3.20\nLABEL org.opencontainers.image.licenses="Apache 2"',
    good: 'FROM alpine:3.20\nLABEL org.opencontainers.image.licenses="Apache-2.0"',
    options: { labelSchema: { 'org.opencontainers.image.licenses': 'spdx' } },
  },
  check(file) {
    return invalidSchemaValues(file, (type) => type === 'spdx', isSpdxExpression, (key) => `Label \`${key}\` is not a valid SPDX license expression`);
  },
};
