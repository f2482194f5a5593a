import { berthUrl, type RuleFinding } from '../../lint/rule';
import type { ComposeRule } from '../rule';

/** Any of these lets Compose create the service without an image or build of its own. */
const SOURCES = ['image', 'build', 'extends', 'provider'];

export const rule: ComposeRule = {
  id: 'NoImageOrBuild',
  source: 'berth',
  severity: 'error',
  summary: 'A service with neither an `image` nor a `build`, so Compose has nothing to run',
  url: berthUrl('NoImageOrBuild'),
  docs: {
    why: 'A container starts from an image: the service either names one with `image`, builds one with `build`, or takes them from another service with `extends` (a `provider` service is run by its provider instead). Without any of them Compose refuses the project. In an override file, the base file the override is merged onto may give the image.',
    bad: 'services:\n  web:\n    ports:\n      - "8080:80"\n',
    good: 'services:\n  web:\n    image: nginx:1.27\n    ports:\n      - "8080:80"\n',
  },
  check(file) {
    const other = file.environment.otherFiles;
    // Included files cannot define the same service, but without the disk they cannot be ruled out either.
    if (!other || (file.model.includes && file.environment.directory === undefined)) return [];
    const findings: RuleFinding[] = [];
    for (const service of file.model.services.values()) {
      if (SOURCES.some((key) => service.entries.has(key)) || other.runnableServices.has(service.name)) continue;
      findings.push({ range: file.nodeRange(service.definitions[0]), message: `Service \`${service.name}\` has neither an image nor a build context specified` });
    }
    return findings;
  },
};
