import { berthUrl } from '../../lint/rule';
import { pathFindings, pathKind } from '../paths';
import type { ComposeRule } from '../rule';

export const rule: ComposeRule = {
  id: 'MissingDockerfile',
  source: 'berth',
  severity: 'error',
  summary: 'The Dockerfile a service builds does not exist in its build context',
  url: berthUrl('MissingDockerfile'),
  docs: {
    why: 'Compose builds `build.dockerfile`, relative to the build context, or `Dockerfile` in the context when none is named. When that file does not exist the build fails at once. `dockerfile_inline` needs no file.',
    bad: 'services:\n  web:\n    build:\n      context: .\n      dockerfile: Dockerfile.prod\n',
    good: 'services:\n  web:\n    build:\n      context: .\n      dockerfile: Dockerfile\n',
    files: { Dockerfile: 'FROM nginx:1.27\n' },
  },
  check(file) {
    return pathFindings(file, (reference) => {
      if (reference.role !== 'dockerfile' || pathKind(file, reference) !== 'missing') return undefined;
      // A missing context is reported once, by MissingBuildContext.
      const context = file.model.paths.find((p) => p.role === 'buildContext' && p.service === reference.service);
      if (context && pathKind(file, context) !== 'directory') return undefined;
      return reference.implicit
        ? `Service \`${reference.service}\` builds \`${reference.base}\`, which has no Dockerfile (name one with \`dockerfile\`, or write \`dockerfile_inline\`)`
        : `Dockerfile \`${reference.value}\` does not exist in the build context \`${reference.base}\``;
    });
  },
};
