import { hadolintUrl, type Rule } from '../../lint/rule';
import { invalidSchemaValues, isUrl } from '../labels';

export const rule: Rule = {
  id: 'DL3052',
  source: 'hadolint',
  severity: 'warning',
  summary: 'A label the label schema types as `url` does not hold a valid absolute URL',
  url: hadolintUrl('DL3052'),
  docs: {
    why: 'Registries and scanners turn labels such as `org.opencontainers.image.source` into links. A value without a scheme (`github.com/…`) or with characters a URL cannot hold leaves them with a dead link.',
    bad: 'FROM alpine:3.20\nLABEL org.opencontainers.image.source="github.com/example/app"',
    good: 'FROM alpine:3.20\nLABEL org.opencontainers.image.source="https://github.com/example/app"',
    options: { labelSchema: { 'org.opencontainers.image.source': 'url' } },
  },
  check(file) {
    return invalidSchemaValues(file, (type) => type === 'url', isUrl, (key) => `Label \`${key}\` is not a valid URL`);
  },
};
