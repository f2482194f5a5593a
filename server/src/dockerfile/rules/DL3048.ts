import { hadolintUrl, type Rule } from '../../lint/rule';
import { fileLabelPairs, isValidLabelKey } from '../labels';

export const rule: Rule = {
  id: 'DL3048',
  source: 'hadolint',
  severity: 'style',
  summary: 'Label keys should be lower-case reverse-DNS names outside the namespaces Docker reserves',
  url: hadolintUrl('DL3048'),
  docs: {
    why: "Docker's label convention keeps keys to lower-case letters, digits, dots and dashes, starting with a letter and ending with a letter or digit, with no doubled separator, so tools can group them by namespace. The `com.docker.*`, `io.docker.*` and `org.dockerproject.*` namespaces belong to Docker itself.",
    bad: 'FROM alpine:3.20\nLABEL Maintainer="ops@example.com" com.docker.team=platform',
    good: 'FROM alpine:3.20\nLABEL maintainer="ops@example.com" com.example.team=platform',
  },
  check(file) {
    return fileLabelPairs(file)
      .filter((pair) => !pair.keyIsDynamic && !isValidLabelKey(pair.key))
      .map((pair) => ({ range: pair.keyRange, message: `Label key \`${pair.key}\` does not follow Docker's label key format` }));
  },
};
