/**
 * An image reference read as Docker reads it: `[host[:port]/]path[:tag][@digest]`, where the part
 * before the first `/` is a registry host only when it has a `.` or `:` or is `localhost`;
 * otherwise the image is on Docker Hub, and a one-part path there is an official `library/` image.
 */
export interface ImageReference {
  /** The registry host as written; `docker.io` when none is. */
  registry: string;
  /** The repository path as the registry knows it (`library/alpine`, `acme/app`). */
  path: string;
  tag?: string;
  digest?: string;
}

export const DOCKER_HUB = 'docker.io';

/**
 * The registry host a reference names before its first `/`: that part is a host only when it has a
 * `.` or `:` or is `localhost`. Undefined when there is none, which means Docker Hub.
 */
export function explicitRegistryHost(reference: string): string | undefined {
  const slash = reference.indexOf('/');
  if (slash < 0) return undefined;
  const first = reference.slice(0, slash);
  return /[.:]/.test(first) || first === 'localhost' ? first : undefined;
}

/** Undefined for what cannot be an image reference (empty, a variable, spaces). */
export function parseImageReference(reference: string): ImageReference | undefined {
  if (reference === '' || /[\s$]/.test(reference)) return undefined;
  const at = reference.indexOf('@');
  const digest = at >= 0 ? reference.slice(at + 1) : undefined;
  const name = at >= 0 ? reference.slice(0, at) : reference;
  const host = explicitRegistryHost(name);
  const rest = host === undefined ? name : name.slice(host.length + 1);
  // A tag follows the last colon after the last slash; a colon before it belongs to a host port.
  const colon = rest.lastIndexOf(':');
  const tag = colon > rest.lastIndexOf('/') ? rest.slice(colon + 1) : undefined;
  const repository = tag === undefined ? rest : rest.slice(0, colon);
  if (repository === '') return undefined;
  let registry = host ?? DOCKER_HUB;
  if (registry === 'index.docker.io' || registry === 'registry-1.docker.io') registry = DOCKER_HUB;
  const path = registry === DOCKER_HUB && !repository.includes('/') ? `library/${repository}` : repository;
  return { registry, path, tag: tag || undefined, digest: digest || undefined };
}

/** The short name Docker shows (`alpine:3.20`, `ghcr.io/acme/app:1`), tag `latest` when none is given. */
export function familiarName(reference: ImageReference): string {
  const path = reference.registry === DOCKER_HUB ? reference.path.replace(/^library\//, '') : `${reference.registry}/${reference.path}`;
  if (reference.digest && !reference.tag) return `${path}@${reference.digest}`;
  return `${path}:${reference.tag ?? 'latest'}`;
}
