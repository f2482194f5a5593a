import { hadolintUrl, type Rule } from '../../lint/rule';
import { invalidSchemaValues, isSemver } from '../labels';

export const rule: Rule = {
  id: 'DL3056',
  source: 'hadolint',
  severity: 'warning',
  summary: 'A label the label schema types as `semver` does not hold a semantic version',
  url: hadolintUrl('DL3056'),
  docs: {
    why: 'Version labels typed `semver` are compared by tools that follow Semantic Versioning 2.0.0: `MAJOR.MINOR.PATCH`, optionally with `-prerelease` and `+build`. A `v` prefix or a two-part version does not compare.',
    bad: 'FROM alpine:3.20\nLABEL org.opencontainers.image.version="v2.1"',
    good: 'FROM alpine:3.20\nLABEL org.opencontainers.image.version="2.1.0"',
    options: { labelSchema: { 'org.opencontainers.image.version': 'semver' } },
  },
  check(file) {
    return invalidSchemaValues(file, (type) => type === 'semver', isSemver, (key) => `Label \`${key}\` is not a semantic version`);
  },
};
