const COMPOSE_NAME = /^(?:docker-)?compose(?:\.[^/\\]+)?\.ya?ml$/;

/** A file looks like a Compose file by name: compose.yaml, docker-compose.yml, compose.prod.yaml… */
export function isComposeName(name: string): boolean {
  return COMPOSE_NAME.test(name);
}

const DEFAULT_COMPOSE_NAME = /^(?:docker-)?compose(?:\.override)?\.ya?ml$/;

/** A file `docker compose up` reads when given no `-f`: compose.yaml, docker-compose.yml and their override files. */
export function isDefaultComposeName(name: string): boolean {
  return DEFAULT_COMPOSE_NAME.test(name);
}
