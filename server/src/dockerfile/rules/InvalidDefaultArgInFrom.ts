import { buildkitUrl, type Rule, type RuleFinding } from '../../lint/rule';
import { expandRangeIn, globalScope } from '../variables';

// The grammar of an image reference (distribution/reference), which BuildKit checks the expanded FROM against.
const PATH_COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN = `(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?`;
const NAME = `(?:${DOMAIN}/)?${PATH_COMPONENT}(?:/${PATH_COMPONENT})*`;
const TAG = '[\\w][\\w.-]{0,127}';
const DIGEST = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}';
const REFERENCE = new RegExp(`^(${NAME})(?::${TAG})?(?:@${DIGEST})?$`);
const IMAGE_ID = /^[a-f0-9]{64}$/;
const MAX_NAME_LENGTH = 255;

/** True when `image` parses as an image reference (`alpine`, `ghcr.io/org/app:1.2@sha256:…`). */
export function isImageReference(image: string): boolean {
  const match = REFERENCE.exec(image);
  return match !== null && match[1].length <= MAX_NAME_LENGTH && !IMAGE_ID.test(image);
}

export const rule: Rule = {
  id: 'InvalidDefaultArgInFrom',
  source: 'buildkit',
  severity: 'warning',
  summary: 'With the ARG defaults alone, a FROM expands to an empty or invalid image name',
  url: buildkitUrl('InvalidDefaultArgInFrom'),
  docs: {
    why: 'A FROM built from ARGs should still name a valid image when nobody passes `--build-arg`: otherwise a plain `docker build` fails, and tools that read the Dockerfile without build arguments (to find base images, or to lint) cannot follow it. Give the ARG a default that makes a valid reference, or write the FROM so a missing value still does (`${TAG:-latest}`). Only FROM lines that use variables are checked.',
    bad: 'ARG TAG\nFROM python:${TAG}\nRUN pip install --no-cache-dir flask',
    good: 'ARG TAG=3.13-slim\nFROM python:${TAG}\nRUN pip install --no-cache-dir flask',
  },
  check(file) {
    const scope = globalScope(file);
    const findings: RuleFinding[] = [];
    for (const { from } of file.stages) {
      const range = from.getImageRange();
      if (!range) continue;
      const { value, references } = expandRangeIn(file, range, scope);
      // Without variables there is no default to blame; a value passed in from outside is unknown here.
      if (references.length === 0 || value === null || isImageReference(value)) continue;
      findings.push({ range, message: `Default value for ARG ${file.document.getText(range)} results in empty or invalid base image name` });
    }
    return findings;
  },
};
