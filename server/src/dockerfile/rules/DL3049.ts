import { hadolintUrl, type Rule } from '../../lint/rule';
import { stagesMissingLabel } from '../labels';

export const rule: Rule = {
  id: 'DL3049',
  source: 'hadolint',
  severity: 'info',
  summary: 'A stage lacks a label that the label schema in .hadolint.yaml requires',
  url: hadolintUrl('DL3049'),
  docs: {
    why: "A `label-schema` in `.hadolint.yaml` lists the labels every image must carry (owner, source, version) so registries and scanners can rely on them. Each stage that ends an image must set them, or be built FROM a stage that does. A named stage that is only copied from or built upon is exempt, since it is never shipped.",
    bad: 'FROM alpine:3.20\nRUN apk add --no-cache curl',
    good: 'FROM alpine:3.20\nLABEL org.opencontainers.image.source="https://github.com/example/app"\nRUN apk add --no-cache curl',
    options: { labelSchema: { 'org.opencontainers.image.source': 'url' } },
  },
  check(file) {
    return Object.keys(file.options.labelSchema).flatMap((key) =>
      stagesMissingLabel(file, key).map((stage) => ({
        range: stage.from.getInstructionRange(),
        message: `Label \`${key}\` is missing from this stage; the label schema requires it`,
      })),
    );
  },
};
