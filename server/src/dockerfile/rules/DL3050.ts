import { hadolintUrl, type Rule } from '../../lint/rule';
import { fileLabelPairs } from '../labels';

export const rule: Rule = {
  id: 'DL3050',
  source: 'hadolint',
  severity: 'info',
  summary: 'With strict-labels on, a label that the label schema does not list',
  url: hadolintUrl('DL3050'),
  docs: {
    why: '`strict-labels: true` makes the `label-schema` in `.hadolint.yaml` the complete list of labels an image may carry. A label outside it is usually a typo of a schema key or a leftover that tooling does not expect.',
    bad: 'FROM alpine:3.20\nLABEL org.opencontainers.image.source="https://github.com/example/app" build-host=ci-runner-7',
    good: 'FROM alpine:3.20\nLABEL org.opencontainers.image.source="https://github.com/example/app"',
    options: { labelSchema: { 'org.opencontainers.image.source': 'url' }, strictLabels: true },
  },
  check(file) {
    if (!file.options.strictLabels) return [];
    const schema = file.options.labelSchema;
    return fileLabelPairs(file)
      .filter((pair) => !pair.keyIsDynamic && !Object.hasOwn(schema, pair.key))
      .map((pair) => ({ range: pair.keyRange, message: `Label \`${pair.key}\` is not in the label schema, and strict-labels allows no others` }));
  },
};
