const COMPOSE_NAME = /^(?:docker-)?compose(?:\.[^/\\]+)?\.ya?ml$/;

/** A file looks like a Compose file by name: compose.yaml, docker-compose.yml, compose.prod.yaml… */
export function isComposeName(name: string): boolean {
  return COMPOSE_NAME.test(name);
}
