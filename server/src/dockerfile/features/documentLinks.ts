import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Add, Copy } from 'dockerfile-ast';
import type { DocumentLink, Range } from 'vscode-languageserver-types';
import type { DockerfileContext } from '../context';
import { DOCKER_HUB, parseImageReference, type ImageReference } from '../imageReference';
import { pathArguments } from '../instructionParts';
import { copyFromReferences, earlierStageNamed, hasVariable } from '../stages';

/**
 * Links in a Dockerfile: each base image (FROM, COPY --from=<image>) to its page on its registry,
 * each local COPY or ADD source that is an existing file to that file (relative to the
 * Dockerfile's folder), and each remote ADD source to its URL. Stage names, variables, globs and
 * missing files get no link.
 */
export function documentLinks(file: DockerfileContext, isFile: (path: string) => boolean): DocumentLink[] {
  const links: DocumentLink[] = [];
  for (const stage of file.stages) {
    const image = stage.from.getImage();
    const range = stage.from.getImageRange();
    if (image && range && !earlierStageNamed(file, image, stage.index)) pushImageLink(links, image, range);
  }
  for (const reference of copyFromReferences(file)) {
    if (reference.source.kind === 'image') pushImageLink(links, reference.value, reference.range);
  }
  const folder = file.document.uri.startsWith('file:') ? dirname(fileURLToPath(file.document.uri)) : undefined;
  for (const stage of file.stages) {
    for (const instruction of stage.instructions) {
      if (!(instruction instanceof Copy || instruction instanceof Add)) continue;
      if (instruction instanceof Copy && instruction.getFromFlag()) continue; // the sources are in another stage or image
      const paths = pathArguments(file, instruction);
      for (const range of paths.slice(0, -1)) {
        const source = file.document.getText(range).replace(/^"(.*)"$/, '$1');
        const target = sourceTarget(source, instruction instanceof Add, folder, isFile);
        if (target) links.push({ range, target });
      }
    }
  }
  return links;
}

function pushImageLink(links: DocumentLink[], image: string, range: Range): void {
  if (hasVariable(image) || image.toLowerCase() === 'scratch') return;
  const reference = parseImageReference(image);
  const target = reference && registryPage(reference);
  if (target) links.push({ range, target, tooltip: `Open ${reference.path.replace(/^library\//, '')} on ${reference.registry === DOCKER_HUB ? 'Docker Hub' : reference.registry}` });
}

/** Where a registry shows a repository to people; the registry's own address for one Berth does not know. */
export function registryPage(reference: ImageReference): string | undefined {
  const { registry, path } = reference;
  if (registry === DOCKER_HUB) return path.startsWith('library/') ? `https://hub.docker.com/_/${path.slice('library/'.length)}` : `https://hub.docker.com/r/${path}`;
  if (/^(localhost|127\.|\[::1\])/.test(registry)) return undefined; // a registry on this machine has no web page
  switch (registry) {
    case 'ghcr.io':
      return `https://ghcr.io/${path}`;
    case 'quay.io':
      return `https://quay.io/repository/${path}`;
    case 'mcr.microsoft.com':
      return `https://mcr.microsoft.com/artifact/mar/${path}`;
    case 'public.ecr.aws':
      return `https://gallery.ecr.aws/${path}`;
    default:
      return `https://${registry}/`;
  }
}

function sourceTarget(source: string, isAdd: boolean, folder: string | undefined, isFile: (path: string) => boolean): string | undefined {
  if (isAdd && /^https?:\/\//.test(source)) return hasVariable(source) ? undefined : source;
  if (!folder || source === '' || hasVariable(source) || /[*?[\]]/.test(source) || /^[a-z][a-z0-9+.-]*:\/\//i.test(source) || source.startsWith('git@')) return undefined;
  // A leading slash means the root of the build context, not of the file system.
  const path = resolve(folder, source.replace(/^\/+/, ''));
  return isFile(path) ? pathToFileURL(path).toString() : undefined;
}
