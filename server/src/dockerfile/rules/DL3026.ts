import { Run } from 'dockerfile-ast';
import type { Range } from 'vscode-languageserver-types';
import { hadolintUrl, type Rule, type RuleFinding } from '../../lint/rule';
import type { DockerfileContext } from '../context';
import { explicitRegistryHost } from '../imageReference';
import { copyFromReferences, earlierStageNamed, hasVariable } from '../stages';

/** Docker Hub's names: an image without a registry host comes from there. */
const DOCKER_HUB = ['docker.io', 'hub.docker.com'];

/** The registry hosts an image reference pulls from (Docker Hub's names when it names none); undefined when a variable hides the host. */
function registryHosts(image: string): string[] | undefined {
  if (hasVariable(image.split('/')[0])) return undefined;
  const host = explicitRegistryHost(image);
  return host ? [host] : DOCKER_HUB;
}

/** hadolint's patterns: `*` is any registry, `*.corp.com` a suffix, `registry.*` a prefix, else the exact host. */
function matchesPattern(pattern: string, host: string): boolean {
  if (pattern === '*') return true;
  if (pattern.startsWith('*')) return host.endsWith(pattern.slice(1));
  if (pattern.endsWith('*')) return host.startsWith(pattern.slice(0, -1));
  return host === pattern;
}

/** Where images are named: FROM, COPY --from and RUN --mount from=, minus stages, indexes and variables. */
function pulledImages(file: DockerfileContext): { image: string; range: Range }[] {
  const images: { image: string; range: Range }[] = [];
  for (const stage of file.stages) {
    const image = stage.from.getImage();
    const range = stage.from.getImageRange();
    if (image && range && image !== 'scratch' && !earlierStageNamed(file, image, stage.index)) images.push({ image, range });
    for (const run of stage.instructions) {
      if (!(run instanceof Run)) continue;
      for (const flag of run.getFlags()) {
        const from = flag.getName() === 'mount' ? flag.getOption('from') : null;
        const value = from?.getValue();
        const valueRange = from?.getValueRange();
        if (value && valueRange && !/^\d+$/.test(value) && !earlierStageNamed(file, value, stage.index)) images.push({ image: value, range: valueRange });
      }
    }
  }
  for (const reference of copyFromReferences(file)) {
    if (reference.source.kind === 'image') images.push({ image: reference.value, range: reference.range });
  }
  return images;
}

export const rule: Rule = {
  id: 'DL3026',
  source: 'hadolint',
  severity: 'error',
  summary: 'An image comes from a registry outside the configured trustedRegistries',
  url: hadolintUrl('DL3026'),
  docs: {
    why: 'Teams that mirror or vet their base images list the registries they trust in `.hadolint.yaml` (`trustedRegistries`). Pulling from anywhere else bypasses that review: the image can change or disappear without anyone noticing. The rule is off until the list is set; images without a registry host count as Docker Hub (`docker.io`).',
    bad: 'FROM quay.io/prometheus/node-exporter:v1.8.2',
    good: 'FROM ghcr.io/prometheus/node-exporter:v1.8.2',
    options: { trustedRegistries: ['docker.io', 'ghcr.io'] },
  },
  check(file) {
    const trusted = file.options.trustedRegistries;
    if (trusted.length === 0) return [];
    const findings: RuleFinding[] = [];
    for (const { image, range } of pulledImages(file)) {
      const hosts = registryHosts(image);
      if (!hosts || hosts.some((host) => trusted.some((pattern) => matchesPattern(pattern, host)))) continue;
      findings.push({ range, message: `\`${image}\` comes from ${hosts[0]}, which is not in trustedRegistries` });
    }
    return findings;
  },
};
